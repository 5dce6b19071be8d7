/**
 * Word boundaries for Devanagari. JavaScript `\b` only knows ASCII word characters, so Hindi words
 * are delimited with lookarounds on letters, marks and digits (the `u` flag is required).
 */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
export const NOT_BEFORE = `(?<!${WORD_CHAR})`;
export const NOT_AFTER = `(?!${WORD_CHAR})`;

/** Wraps a regex source so it only matches whole words. */
export function wholeWord(source: string): string {
  return `${NOT_BEFORE}(?:${source})${NOT_AFTER}`;
}

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of literal words, longest first so that the longest form wins. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(escapeRegExp).join('|');
}
