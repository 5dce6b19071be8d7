/**
 * The most characters of a page the analyser reads. A long news article is about 20,000 characters
 * (~50 KB of UTF-8 Hindi); analysis costs ~10–20 µs a character, so this bound keeps one page under
 * a second (`npm run bench`: realPage1MbMs) while every real article is read whole. A longer page is
 * analysed up to here and reported as partly analysed, never silently.
 */
export const MAX_ANALYSED_CHARS = 40_000;

export interface BoundedText {
  /** The text analysed: all of it, or its start up to a line break, a sentence end or a space. */
  text: string;
  /** Characters of the whole page. */
  total: number;
  cut: boolean;
  /** The bound it was read with. */
  limit: number;
}

const SENTENCE_END = new Set(['।', '॥', '?', '!', '.']);
const SPACE = /\s/u;
/** A vowel sign, virama, nukta or joiner belongs to the letter before it; a low surrogate to its high one. */
const ATTACHED = /[\p{M}\u200C\u200D\uDC00-\uDFFF]/u;

/**
 * The first `max` characters of `raw`, cut where the cut loses least: after the last line break in the
 * second half of the window, else after the last sentence end followed by a space, else at the last
 * space, else between two graphemes (never before a mark or inside a surrogate pair).
 */
export function boundText(raw: string, max: number = MAX_ANALYSED_CHARS): BoundedText {
  if (raw.length <= max) return { text: raw, total: raw.length, cut: false, limit: max };
  const floor = Math.floor(max / 2);
  const at = lastBreak(raw, max, floor) ?? max;
  return { text: raw.slice(0, at), total: raw.length, cut: true, limit: max };
}

function lastBreak(raw: string, max: number, floor: number): number | null {
  const newline = raw.lastIndexOf('\n', max - 1);
  if (newline >= floor) return newline + 1;
  let space: number | null = null;
  for (let i = max - 1; i >= floor; i--) {
    if (!SPACE.test(raw[i] as string)) continue;
    if (SENTENCE_END.has(raw[i - 1] ?? '')) return i + 1;
    space ??= i + 1;
  }
  if (space !== null) return space;
  let at = max;
  while (at > floor && ATTACHED.test(raw[at] ?? '')) at--;
  return at > floor ? at : null;
}

/** The problem a partly analysed page reports: how much of it was read, out of how much. */
export function partlyAnalysed(bounded: BoundedText): string {
  return `page of ${bounded.total} characters is longer than the ${bounded.limit} analysed: only its first ${bounded.text.length} characters were read for facts and summary`;
}
