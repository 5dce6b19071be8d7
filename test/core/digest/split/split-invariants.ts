/** Checks shared by the splitter tests: where each piece sits in the input and what lies between pieces. */

const graphemes = new Intl.Segmenter('hi', { granularity: 'grapheme' });

/** Offsets of every grapheme boundary of `text` (including 0 and text.length). */
export function graphemeBoundaries(text: string): Set<number> {
  const cuts = new Set<number>([text.length]);
  for (const s of graphemes.segment(text)) cuts.add(s.index);
  return cuts;
}

export interface Placement {
  start: number;
  end: number;
}

/**
 * Finds each piece in the input, in order. Returns null when a piece is not a substring at or after the
 * previous one, or when anything but whitespace lies between two pieces (text lost or reordered).
 */
export function placePieces(input: string, pieces: readonly string[]): Placement[] | null {
  const placements: Placement[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const start = input.indexOf(piece, cursor);
    if (start < 0 || input.slice(cursor, start).trim() !== '') return null;
    placements.push({ start, end: start + piece.length });
    cursor = start + piece.length;
  }
  return input.slice(cursor).trim() === '' ? placements : null;
}

/** True when every piece starts and ends on a grapheme boundary of the input. */
export function wholeGraphemes(input: string, placements: readonly Placement[]): boolean {
  const cuts = graphemeBoundaries(input);
  return placements.every((p) => cuts.has(p.start) && cuts.has(p.end));
}

/** Longest grapheme of the text in UTF-16 units. */
export function longestGrapheme(text: string): number {
  let longest = 0;
  for (const s of graphemes.segment(text)) longest = Math.max(longest, s.segment.length);
  return longest;
}

/** Longest whitespace-free word in UTF-16 units. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}

/** True when the string has a lone (unpaired) surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}
