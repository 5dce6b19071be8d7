import { foldKey } from '../text/devanagari.js';

/** Most words of a reporter's name alone on a line (`दीपक कुमार मिश्रा`). */
const MAX_WORDS = 4;

/**
 * A line that is only a person's name — given or middle names, then a listed surname (`दीपक कुमार मिश्रा`) — is the
 * reporter's byline above the story, never its headline (a headline naming someone says something of them:
 * `अलविदा रतन टाटा`), nor is the name with the reporter's place after a slash (`विक्रम सिंह / सुल्तानपुर`) or after a
 * space, one or two words ending in a known place (`मुकेश साहू दीवानगंज रायसेन`; not `राहुल गांधी अमेठी पहुंचे`).
 */
export function createNameLine(namesBefore: readonly string[], surnames: readonly string[], knownPlace: (word: string) => boolean = () => false): (line: string) => boolean {
  const before = new Set([...namesBefore, ...surnames].map(foldKey));
  const last = new Set(surnames.map(foldKey));
  const isName = (text: string): boolean => {
    const words = text.trim().split(/\s+/u).map(foldKey);
    if (words.length < 2 || words.length > MAX_WORDS || !last.has(words.at(-1) ?? '')) return false;
    return words.slice(0, -1).every((w) => before.has(w));
  };
  // the name and the reporter's place after a slash (`विक्रम सिंह / सुल्तानपुर`): a byline too
  const placed = (line: string): boolean => {
    const words = line.trim().split(/\s+/u);
    return [1, 2].some((k) => words.length > k && knownPlace(words.at(-1) ?? '') && isName(words.slice(0, -k).join(' ')));
  };
  return (line) => {
    const [name = '', place, ...more] = line.split(/\s*\/\s*/u);
    return (more.length === 0 && isName(name) && (place === undefined || /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}$/u.test(place.trim()))) || (place === undefined && placed(name));
  };
}
