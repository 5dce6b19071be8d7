import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, type Removal } from './line-tools.js';

/** How many non-empty lines at the top of a page may carry a headline (as in the headline search). */
const TOP_LINES = 12;

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** Longest line read as a possible headline with a site's name after it. */
const MAX_HEADLINE_CHARS = 400;

/**
 * Drops the site's name printed after a headline (`… जीते | भारत समाचार`, `… शतक - CGKIRAN`) from the
 * top lines of a page: config `titleTails`, group `tail`. The site's name is furniture, never a fact.
 */
export function createTitleTailStripper(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const tails = compileAll(data.titleTails, 'u');
  return (lines, removed) => {
    let seen = 0;
    return lines.map((line) => {
      // a headline is short; a paragraph is never searched
      if (line === '' || seen++ >= TOP_LINES || line.length > MAX_HEADLINE_CHARS) return line;
      for (const re of tails) {
        const m = re.exec(line);
        const tail = m?.groups?.tail;
        // a Hindi headline before it: a Latin line ending in a dash and capitals is no headline with a tail
        if (!m || tail === undefined || !DEVANAGARI.test(line.slice(0, line.length - tail.length))) continue;
        removed.push({ kind: 'site-tail', text: tail.replace(/^\s*[|–—-]\s*/u, '').trim() });
        return squeeze(line.slice(0, line.length - tail.length));
      }
      return line;
    });
  };
}
