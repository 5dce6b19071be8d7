import { splitText } from '../../../core/digest/split/split-text.js';
import { escapeHtml } from './escape-html.js';

/** Wraps an escaped line in its markup; `first` is false for the continuation pieces of a split line. */
export type Wrap = (escaped: string, first: boolean) => string;

export const plain: Wrap = (escaped) => escaped;
export const bold: Wrap = (escaped) => `<b>${escaped}</b>`;
export const italic: Wrap = (escaped) => `<i>${escaped}</i>`;

/** A prefix (a bullet, a story number) inside `inner`, on the first piece only; continuations carry none. */
export function prefixed(prefix: string, inner: Wrap = plain): Wrap {
  const safe = escapeHtml(prefix);
  return (escaped, first) => inner(first ? `${safe}${escaped}` : escaped, first);
}

/**
 * One line of text as HTML pieces, each `<= limit` UTF-16 units: the text is split as plain text
 * (splitText, measured after escaping and wrapping, so `&amp;` growth and tag length count), then each
 * piece is escaped and wrapped in the same tags, so no piece ever ends inside a tag or an entity.
 */
export function htmlLine(text: string, wrap: Wrap, limit: number): string[] {
  const measure = (piece: string): number =>
    Math.max(wrap(escapeHtml(piece), true).length, wrap(escapeHtml(piece), false).length);
  return splitText(text, limit, measure).map((piece, i) => wrap(escapeHtml(piece), i === 0));
}

/**
 * Lines that belong together (a title in both languages, an English bullet with its Hindi line) as
 * blocks: one block when they fit together, else each line on its own, split by htmlLine.
 */
export function htmlLines(lines: readonly (readonly [string, Wrap])[], limit: number): string[] {
  const present = lines.filter(([text]) => text.trim().length > 0);
  const pieces = present.map(([text, wrap]) => htmlLine(text, wrap, limit));
  if (pieces.every((p) => p.length === 1)) {
    const joined = pieces.map((p) => p[0]).join('\n');
    if (joined.length <= limit) return [joined];
  }
  return pieces.flat();
}
