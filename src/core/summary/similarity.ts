import { foldKey } from '../text/devanagari.js';

/** Set of content words of a text (folded, stopwords and plural endings removed), as a 0/1 vector. */
export type Bag = Map<string, number>;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ENDINGS = /(ियों|ियां|ओं|ाओं|ों|ें|एं)$/u;

export function createBagger(stopwords: ReadonlySet<string>): (text: string) => Bag {
  return (text) => {
    const bag: Bag = new Map();
    for (const m of text.matchAll(WORD)) {
      const word = foldKey(m[0]);
      if (word.length < 2 || stopwords.has(word) || /^\d+$/.test(word)) continue;
      const stem = word.length > 4 ? word.replace(ENDINGS, '') : word;
      // presence, not counts: a date repeated three times is not three times the content
      bag.set(stem, 1);
    }
    return bag;
  };
}

/** Cosine similarity of two bags (0 when either is empty). */
export function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, n] of a) {
    na += n * n;
    dot += n * (b.get(w) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * `cosine(·, b)` for many bags against one `b` (the article's centroid): b's squared length is summed
 * once, in the same order as `cosine` does, so the values are the same to the last bit.
 */
export function cosineTo(b: Bag): (a: Bag) => number {
  let nb = 0;
  for (const n of b.values()) nb += n * n;
  return (a) => {
    let dot = 0;
    let na = 0;
    for (const [w, n] of a) {
      na += n * n;
      dot += n * (b.get(w) ?? 0);
    }
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  };
}

/** Euclidean length of a bag. */
export function norm(bag: Bag): number {
  let sq = 0;
  for (const n of bag.values()) sq += n * n;
  return Math.sqrt(sq);
}

/** The sum of the bags scaled to unit length (empty bags add nothing). */
export function sumOfUnitBags(bags: readonly Bag[]): Bag {
  const sum: Bag = new Map();
  for (const bag of bags) {
    const length = norm(bag);
    if (length === 0) continue;
    for (const [w, n] of bag) sum.set(w, (sum.get(w) ?? 0) + n / length);
  }
  return sum;
}
