/**
 * Which keys occur inside a longer key of the same list, without comparing all pairs: each key of at
 * least `minLength` code units is looked up by its first `minLength` units (a rolling hash) while
 * every longer key is scanned once, and a hash hit is confirmed with `startsWith`. Cost: the total
 * length of the keys, plus the confirmations of keys that share a prefix.
 */
const BASE = 131;
const MODULUS = 2_147_483_647; // 2^31 - 1: products stay below 2^53, so the arithmetic is exact

export function containedInLonger(keys: readonly string[], minLength: number): boolean[] {
  const found = keys.map(() => false);
  if (minLength < 1) return found;
  const byPrefix = new Map<number, number[]>();
  for (const [i, key] of keys.entries()) {
    if (key.length < minLength) continue;
    const h = hashOf(key, minLength);
    const list = byPrefix.get(h);
    if (list) list.push(i);
    else byPrefix.set(h, [i]);
  }
  if (byPrefix.size === 0) return found;
  let drop = 1; // BASE^(minLength - 1): the weight of the unit leaving the window
  for (let k = 1; k < minLength; k++) drop = (drop * BASE) % MODULUS;
  for (const container of keys) {
    if (container.length <= minLength) continue;
    let h = hashOf(container, minLength);
    for (let at = 0; ; at++) {
      const candidates = byPrefix.get(h);
      if (candidates) confirm(candidates, container, at, keys, found);
      const next = at + minLength;
      if (next >= container.length) break;
      h = (h - ((container.charCodeAt(at) * drop) % MODULUS) + MODULUS) % MODULUS;
      h = (h * BASE + container.charCodeAt(next)) % MODULUS;
    }
  }
  return found;
}

function hashOf(text: string, length: number): number {
  let h = 0;
  for (let k = 0; k < length; k++) h = (h * BASE + text.charCodeAt(k)) % MODULUS;
  return h;
}

/** Marks the candidates that are shorter than `container` and start at `at` in it; found ones leave the list. */
function confirm(candidates: number[], container: string, at: number, keys: readonly string[], found: boolean[]): void {
  for (let c = candidates.length - 1; c >= 0; c--) {
    const i = candidates[c] as number;
    const key = keys[i] as string;
    if (key.length >= container.length || at + key.length > container.length || !container.startsWith(key, at)) continue;
    found[i] = true;
    candidates.splice(c, 1);
  }
}
