import type { Item } from './tokens.js';

/**
 * Offsets of the names before a gapped और: `तीन राज्यों में भाजपा और तेलंगाना में कांग्रेस` is two reports
 * with one verb ("BJP in three states, Congress in Telangana"), never "BJP and Telangana". A name after a
 * postposition, और, and a name followed by the same postposition is such a gap.
 */
export function gappedConjuncts(items: readonly Item[]): Set<number> {
  const out = new Set<number>();
  for (let k = 2; k + 2 < items.length; k++) {
    const [post1, first, conj, second, post2] = [items[k - 2], items[k - 1], items[k], items[k + 1], items[k + 2]] as [Item, Item, Item, Item, Item];
    if (conj.kind !== 'conj' || post1.kind !== 'post' || post2.kind !== 'post' || post1.text !== post2.text) continue;
    // (names only: `गांवों में सड़कों और पुलों में सुधार` is one coordination of nouns, reviewer)
    if (first.kind === 'mention' && second.kind === 'mention') out.add(first.start);
  }
  return out;
}
