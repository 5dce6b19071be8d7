import { alternation } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, type Removal } from './line-tools.js';

const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 1)));

/** Month names as printed in captions, from Intl (Hindi and English, long and short), folded. */
function monthNames(): string[] {
  const names = new Set<string>();
  for (const [locale, month] of [['hi', 'long'], ['en', 'long'], ['en', 'short']] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (const date of MONTHS) names.add(foldKey(format.format(date).replace(/\.$/, '')));
  }
  return [...names];
}

/**
 * Inline photo credits (`… 2023। तस्वीर क्रेडिट: केसीएनए वाया रॉयटर्स`): at a line start or after a
 * sentence end they run to the end of the line. The sentence right before such a credit is its
 * caption when it opens with a byline (`<name> द्वारा …`) or ends with a caption date
 * (`, 13 सितंबर, 2023।`); both go too.
 */
export function createPhotoCreditRemover(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const credits = compileAll(data.photoCredits, 'giu');
  const stopwords = new Set(data.headline.stopwords.map(foldKey));
  const markers = alternation(data.bylineMarkers);
  const byline = markers ? new RegExp(`^((?:[\\p{L}\\p{M}]+\\s+){1,3}?)(?:${markers})\\s+(?=\\S)`, 'u') : null;
  const month = alternation(monthNames());
  const captionDate = new RegExp(
    `,\\s*(?:\\d{1,2}\\s+(?:${month})|(?:${month})\\s+\\d{1,2})\\s*,?\\s*\\d{4}\\s*[।.]?$|,\\s*\\d{4}\\s*[।.]?$`,
    'u',
  );

  const creditStart = (line: string): number => {
    let best = -1;
    for (const regex of credits) {
      regex.lastIndex = 0;
      for (let m = regex.exec(line); m; m = regex.exec(line)) {
        const before = line.slice(0, m.index).trimEnd();
        if (before === '' || /[।॥?!.]["'”’)]*$/u.test(before)) {
          if (best < 0 || m.index < best) best = m.index;
          break;
        }
        if (m[0] === '') regex.lastIndex++;
      }
    }
    return best;
  };

  const dropCaption = (before: string, removed: Removal[]): string => {
    const body = before.trimEnd();
    const lastEnd = lastSentenceEnd(body.slice(0, -1));
    const head = body.slice(0, lastEnd + 1);
    const sentence = body.slice(lastEnd + 1).trim();
    const named = byline?.exec(sentence);
    const nameWords = named?.[1]?.trim().split(/\s+/) ?? [];
    const isByline = named !== null && named !== undefined && nameWords.every((w) => !stopwords.has(foldKey(w)));
    if (isByline && named) {
      removed.push({ kind: 'byline', text: named[0].trim() });
      removed.push({ kind: 'caption', text: sentence.slice(named[0].length).trim() });
      return head;
    }
    if (captionDate.test(foldKey(sentence))) {
      removed.push({ kind: 'caption', text: sentence });
      return head;
    }
    return body;
  };

  return (lines, removed) =>
    lines.map((line) => {
      if (line === '') return line;
      const start = creditStart(line);
      if (start < 0) return line;
      removed.push({ kind: 'photo-credit', text: line.slice(start).trim() });
      if (start === 0) return '';
      return squeeze(dropCaption(line.slice(0, start), removed));
    });
}

function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if ('।॥?!'.includes(text[i] as string)) return i;
  return -1;
}
