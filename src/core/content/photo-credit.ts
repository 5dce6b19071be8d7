import { alternation } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, type Removal } from './line-tools.js';

/**
 * Inline photo credits (`… 2023। तस्वीर क्रेडिट: केसीएनए वाया रॉयटर्स`): at a line start or after a
 * sentence end they run to the end of the line. The sentence right before such a credit is its
 * caption; a byline opening it (`<name> द्वारा …`) goes, the caption itself stays: it reports a
 * dated event (`…, 13 सितंबर, 2023।`) and its facts belong to the article.
 */
export function createPhotoCreditRemover(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const credits = compileAll(data.photoCredits, 'giu');
  const stopwords = new Set(data.headline.stopwords.map(foldKey));
  const markers = alternation(data.bylineMarkers);
  const byline = markers ? new RegExp(`^((?:[\\p{L}\\p{M}]+\\s+){1,3}?)(?:${markers})\\s+(?=\\S)`, 'u') : null;

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
      return `${head} ${sentence.slice(named[0].length).trim()}`;
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

/**
 * The page's first line is its headline even when a media label opens it (`VIDEO: ISRO ने PSLV-C56
 * रॉकेट किया लॉन्च, …`, config `headlineLabels`, before at least five words): the label goes, the
 * headline stays (not a photo credit). A `फोटो:` line is a caption or a credit: no such label.
 */
export function createHeadlineUnlabeller(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const labels = alternation(data.headlineLabels);
  const label = labels ? new RegExp(`^(${labels})\\s*[:：]\\s*(?=(?:\\S+\\s+){4}\\S)`, 'u') : null;
  return (lines, removed) => {
    const i = lines.findIndex((l) => l.trim() !== '');
    const m = i < 0 || label === null ? null : label.exec(lines[i] ?? '');
    if (!m) return lines;
    removed.push({ kind: 'kicker', text: m[1] ?? '' });
    return lines.map((l, k) => (k === i ? l.slice(m[0].length) : l));
  };
}
