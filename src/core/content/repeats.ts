import { containedInLonger } from '../text/contained.js';
import { foldKey } from '../text/devanagari.js';
import type { Removal } from './line-tools.js';

/** Shortest key (in folded letters) a teaser must have before it is compared by containment. */
export const MIN_TEASER_KEY = 20;

/** Comparison key: folded letters, marks and digits only (spacing and punctuation variants vanish). */
export function lineKey(line: string): string {
  return foldKey(line).replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/**
 * Drops repeats: lines that repeat the title (exactly or with other spacing/punctuation), teaser
 * lines whose text is contained in a longer paragraph (`<teaser>` then `<teaser> <more text>`), and
 * duplicate paragraphs (the first is kept).
 */
export function removeRepeats(title: string, lines: string[], removed: Removal[]): string[] {
  const titleKey = lineKey(title);
  const keys = lines.map(lineKey);
  // containment in a longer line, found by an index of key prefixes (comparing all pairs was quadratic)
  const inLonger = containedInLonger(keys, MIN_TEASER_KEY);
  const seen = new Set<string>();
  return lines.filter((line, i) => {
    const key = keys[i] ?? '';
    if (key === '') return false;
    if (key === titleKey) {
      removed.push({ kind: 'title-repeat', text: line });
      return false;
    }
    if (seen.has(key)) {
      removed.push({ kind: 'duplicate', text: line });
      return false;
    }
    seen.add(key);
    const teaser = inLonger[i] === true;
    if (teaser) {
      removed.push({ kind: 'teaser', text: line });
      return false;
    }
    return true;
  });
}
