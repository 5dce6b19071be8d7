import { foldKey } from '../text/devanagari.js';

/** Most words of a reporter's name alone on a line (`दीपक कुमार मिश्रा`). */
const MAX_WORDS = 4;

/**
 * A line that is only a person's name — given or middle names, then a listed surname (`दीपक कुमार मिश्रा`) — is the
 * reporter's byline above the story, never its headline (a headline naming someone says something of them:
 * `अलविदा रतन टाटा`).
 */
export function createNameLine(namesBefore: readonly string[], surnames: readonly string[]): (line: string) => boolean {
  const before = new Set([...namesBefore, ...surnames].map(foldKey));
  const last = new Set(surnames.map(foldKey));
  return (line) => {
    const words = line.trim().split(/\s+/u).map(foldKey);
    if (words.length < 2 || words.length > MAX_WORDS || !last.has(words.at(-1) ?? '')) return false;
    return words.slice(0, -1).every((w) => before.has(w));
  };
}
