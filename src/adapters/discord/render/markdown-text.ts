import { splitText } from '../../../core/digest/split/split-text.js';

/** Wraps an escaped piece in its markup; `first` is false for the continuation pieces of a split line. */
export type Wrap = (escaped: string, first: boolean) => string;

export const plain: Wrap = (escaped) => escaped;
export const bold: Wrap = (escaped) => `**${escaped}**`;
export const italic: Wrap = (escaped) => `*${escaped}*`;

/** A prefix (a bullet, a story number) on the first piece only, inside `inner`. */
export function prefixed(prefix: string, inner: Wrap = plain): Wrap {
  return (escaped, first) => inner(first ? `${prefix}${escaped}` : escaped, first);
}

/** Inline markdown characters (and the backslash itself). */
const INLINE = /[\\*_~|`[\]]/g;
/** Line-start syntax: headings, subtext, block quotes, bullet and numbered lists. */
const LINE_START = /^(\s*)(#{1,3}\s|-#\s|>|[-+]\s)/gm;
const NUMBERED = /^(\s*\d+)\.(\s)/gm;

/**
 * Article text made inert for Discord markdown: `*`, `_`, `~`, `|`, backticks, brackets (masked links),
 * headings, subtext, block quotes and list markers are backslash-escaped, so text from a page never
 * formats a message. Linear time (discord.js escapeMarkdown takes about a second on a 10,000-character word). Mentions need
 * no escaping: every send sets `allowed_mentions: { parse: [] }`, so they never ping.
 */
export function escapeText(text: string): string {
  return text.replace(INLINE, '\\$&').replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\.$2');
}

/**
 * One line of text as escaped, wrapped pieces, each `<= limit` UTF-16 units: split as plain text with
 * splitText (measured after escaping and wrapping), so no piece ends mid-word, mid-grapheme or inside
 * an escape or a `**` pair.
 */
export function mdLine(text: string, wrap: Wrap, limit: number): string[] {
  const measure = (piece: string): number => {
    const escaped = escapeText(piece);
    return Math.max(wrap(escaped, true).length, wrap(escaped, false).length);
  };
  return splitText(text, limit, measure).map((piece, i) => wrap(escapeText(piece), i === 0));
}

/** Lines that belong together (an English bullet and its Hindi line) as one block when they fit. */
export function mdLines(lines: readonly (readonly [string, Wrap])[], limit: number): string[] {
  const pieces = lines.filter(([text]) => text.trim().length > 0).map(([text, wrap]) => mdLine(text, wrap, limit));
  if (pieces.every((p) => p.length === 1)) {
    const joined = pieces.map((p) => p[0]).join('\n');
    if (joined.length <= limit) return joined.length > 0 ? [joined] : [];
  }
  return pieces.flat();
}
