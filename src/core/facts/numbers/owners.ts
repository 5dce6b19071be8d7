import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { wordSet, type Token } from './tokens.js';

/** A quantity with the owner found for it (token range of the name before it). */
export interface Owned {
  quantity: Quantity;
  owner?: { start: number; end: number };
}

/**
 * Pairs each number of a coordinated name–number list with the name right before it and shares
 * the list's counted noun with the members that have none: `भाजपा 240 और कांग्रेस 99 सीटों पर`
 * → 240 seat (भाजपा), 99 seat (कांग्रेस); `एनडीए को 293, इंडिया को 234 सीटें`. A name is a run of
 * claimed (`taken`) word tokens; a number with no name before it, or not in a list, gets no owner.
 */
export function createOwnerPairing(data: NumbersData) {
  const joiners = wordSet(data.lists.joiners);
  const links = wordSet(data.lists.links);

  /**
   * Token range of the name right before token `k`: a run of claimed words, across one link word
   * (एनडीए को 293); before a link word one unclaimed word also names (बीआरएस को 39). Else null.
   */
  const nameBefore = (tokens: readonly Token[], k: number, taken: (q: number) => boolean): { start: number; end: number } | null => {
    const linked = links.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.kind === 'word';
    const end = linked ? k - 1 : k;
    let start = end;
    while (start > 0 && taken(start - 1) && tokens[start - 1]?.kind === 'word') start--;
    if (start === end && linked && !joiners.has(tokens[end - 1]?.text ?? '')) start = end - 1;
    return start < end ? { start, end } : null;
  };

  return (tokens: readonly Token[], quantities: readonly Quantity[], taken: (q: number) => boolean): Owned[] => {
    const owned: Owned[] = quantities.map((quantity) => ({ quantity }));
    const names = quantities.map((q) => nameBefore(tokens, q.start, taken));
    // list members: consecutive quantities whose names are joined by a joiner right after the previous quantity
    const linked = (a: number): boolean => {
      const [x, y, name] = [quantities[a], quantities[a + 1], names[a + 1]];
      return x !== undefined && y !== undefined && name != null && names[a] != null && name.start === x.end + 1 && joiners.has(tokens[x.end]?.text ?? '');
    };
    for (let a = 0; a < quantities.length; a++) {
      let b = a;
      while (linked(b)) b++;
      if (b === a) continue;
      const shared = quantities[b]?.unit ?? null;
      for (let k = a; k <= b; k++) {
        const item = owned[k] as Owned;
        item.owner = names[k] ?? undefined;
        if (item.quantity.unit === null && shared !== null) item.quantity = { ...item.quantity, unit: shared };
      }
      a = b;
    }
    return owned;
  };
}
