import type { Item } from './tokens.js';

const NOMINAL = new Set(['mention', 'noun', 'word', 'number', 'inst']);

/**
 * Offsets of the nouns before a gapped और: `तीन राज्यों में भाजपा और तेलंगाना में कांग्रेस` is two reports
 * with one verb ("BJP in three states, Congress in Telangana"), never "BJP and Telangana". A noun after a
 * postposition, और, and a noun followed by the same postposition is such a gap.
 */
export function gappedConjuncts(items: readonly Item[]): Set<number> {
  const out = new Set<number>();
  for (let k = 2; k + 2 < items.length; k++) {
    const [post1, first, conj, second, post2] = [items[k - 2], items[k - 1], items[k], items[k + 1], items[k + 2]] as Item[];
    if (conj.kind !== 'conj' || post1.kind !== 'post' || post2.kind !== 'post' || post1.text !== post2.text) continue;
    if (NOMINAL.has(first.kind) && NOMINAL.has(second.kind)) out.add(first.start);
  }
  return out;
}
