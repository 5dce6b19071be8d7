import { countryOf } from './affiliation.js';
import { DATELINE_SENTENCE } from '../../types.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/**
 * Foreign places whose Hindi name is an everyday word too (`पोखरा`: Pokhara, and a pond — `गांव के पोखरा में स्नान`, config
 * `countryBoundPlaces`) are kept only where the article names their country or another place in it, or datelines the
 * report there. Changes `pending` in place.
 */
export function createCountryBoundPlaces(words: readonly string[]): (pending: Pending[]) => void {
  const bound = new Set(words.map(phraseKey));
  return (pending) => {
    const isBound = (p: Pending): boolean => p.kind === 'place' && bound.has(phraseKey(p.text));
    if (!pending.some(isBound)) return;
    // (a dateline names its place as a place: `पोखरा, 3 मई।`)
    const named = new Set(pending.filter((p) => p.kind === 'place' && (!isBound(p) || p.sentence === DATELINE_SENTENCE)).map((p) => countryOf(p.entity ?? null)));
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Pending;
      if (isBound(p) && !named.has(countryOf(p.entity ?? null))) pending.splice(i, 1);
    }
  };
}
