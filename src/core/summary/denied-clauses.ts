import { foldKey } from '../text/devanagari.js';

/** A word, or a sign that ends a clause. */
const PIECE = /[\p{L}\p{M}]+|[,;:।]/gu;

/**
 * Character ranges of the sentence's clauses that hold a negation word. A clause ends at a sign or before a word
 * that opens another (`conjunctions`: लेकिन, हालांकि …).
 */
export function deniedClauses(text: string, negation: ReadonlySet<string>, conjunctions: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let denied = false;
  const close = (end: number): void => {
    if (denied) out.push([from, end]);
    from = end;
    denied = false;
  };
  for (const m of text.matchAll(PIECE)) {
    const word = foldKey(m[0]);
    if (/^[,;:।]$/u.test(m[0]) || conjunctions.has(word)) close(m.index);
    else if (negation.has(word)) denied = true;
  }
  close(text.length);
  return out;
}
