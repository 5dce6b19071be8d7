import type { CleaningData } from './cleaning-data.js';
import { compileAll, endsSentence, hasInnerSentenceEnd, lineStart, wordCount, type Removal } from './line-tools.js';

/** A full stop after a word of three or more letters, then more text (`बंद हुए. निफ्टी`, not `डॉ. राम`). */
const INNER_FULL_STOP = /[\p{L}\p{M}]{3}\.\s+\S/u;
/** An ellipsis after a word, then more text: a paragraph whose sentences end in `…` (`प्रस्ताव पास हुआ… नए भवन की`). */
const INNER_ELLIPSIS = /[\p{L}\p{M}](?:…|\.\.\.)\s+\S/u;

/**
 * A prose line: a sentence of some length, or a paragraph holding one whose end was cut off with the
 * page. Footers only cut once the article has one.
 */
function isProse(line: string): boolean {
  if (wordCount(line) < 5) return false;
  // a short line trailing off in an ellipsis is a tagline or teaser (`सही समय पर सच्ची खबर...`), no article yet
  if (wordCount(line) < 10 && /(?:\.\.\.|…)\s*$/u.test(line)) return false;
  return endsSentence(line) || (wordCount(line) >= 10 && (hasInnerSentenceEnd(line) || INNER_FULL_STOP.test(line) || INNER_ELLIPSIS.test(line)));
}

/**
 * Cuts the page at its footer (Tags:, Similar News, Leave a Comment …): everything from the marker
 * on is furniture. "Read also" markers cut the same way when no prose follows them; mid-article
 * they only take their own line and the linked headline right after it.
 */
export function createFooterCutter(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const markers = compileAll(data.footer.markers, 'iu', lineStart);
  const readAlso = compileAll(data.footer.readAlso, 'iu', lineStart);
  const matches = (regexes: RegExp[], line: string): boolean => regexes.some((r) => r.test(line));

  return (lines, removed) => {
    const out = [...lines];
    let seenProse = false;
    for (let i = 0; i < out.length; i++) {
      const line = out[i] ?? '';
      if (line === '') continue;
      if (matches(markers, line)) {
        if (seenProse) return cut(out, i, removed, 'footer');
        removed.push({ kind: 'footer', text: line });
        out[i] = '';
        continue;
      }
      if (matches(readAlso, line)) {
        const proseAfter = out.slice(i + 1).some((l) => isProse(l) && !matches(markers, l));
        if (!proseAfter && seenProse) return cut(out, i, removed, 'read-also');
        removed.push({ kind: 'read-also', text: line });
        out[i] = '';
        // a bare marker is followed by the linked headline: a short line that is not a sentence
        const next = nextNonEmpty(out, i);
        const linked = out[next] ?? '';
        if (isBareMarker(line) && next >= 0 && !endsSentence(linked) && wordCount(linked) <= 20) {
          removed.push({ kind: 'read-also', text: linked });
          out[next] = '';
        }
        continue;
      }
      if (isProse(line)) seenProse = true;
    }
    return out;
  };
}

function isBareMarker(line: string): boolean {
  return wordCount(line) <= 4;
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) if ((lines[j] ?? '') !== '') return j;
  return -1;
}

function cut(lines: string[], from: number, removed: Removal[], kind: string): string[] {
  const tail = lines.slice(from).filter((l) => l !== '');
  if (tail.length > 0) removed.push({ kind, text: tail.join('\n') });
  return lines.slice(0, from);
}
