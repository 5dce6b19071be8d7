import { foldKey } from '../text/devanagari.js';

/** A clause ends at a sign or before a word that opens another (लेकिन, हालांकि …). */
const CLAUSE_END = /[,;:।]|(?<![\p{L}\p{M}])(?:लेकिन|हालांकि|हालाँकि|किंतु|परंतु|मगर|जबकि)(?![\p{L}\p{M}])/gu;

/** Character ranges of the sentence's clauses that hold a negation word. */
export function deniedClauses(text: string, negation: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const end of [...[...text.matchAll(CLAUSE_END)].map((m) => m.index), text.length]) {
    const words = text.slice(from, end).split(/[^\p{L}\p{M}]+/u);
    if (words.some((w) => w !== '' && negation.has(foldKey(w)))) out.push([from, end]);
    from = end;
  }
  return out;
}
