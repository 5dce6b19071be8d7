import type { IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/** The country a place lies in (a country is its own). */
const countryOf = (e: IndexedEntity | undefined): string | undefined => (e?.type === 'country' ? e.en : e?.country);

/**
 * Foreign places whose Hindi name is an everyday word too (`पोखरा`: Pokhara, and a pond — `पश्चिम पोखरा पर छठ`, config
 * `countryBoundPlaces`) are kept only where the article names their country or another place in it. Changes `pending`
 * in place.
 */
export function createCountryBoundPlaces(words: readonly string[]): (pending: Pending[]) => void {
  const bound = new Set(words.map(phraseKey));
  return (pending) => {
    const isBound = (p: Pending): boolean => p.kind === 'place' && bound.has(phraseKey(p.text));
    if (!pending.some(isBound)) return;
    const named = new Set(pending.filter((p) => p.kind === 'place' && !isBound(p)).map((p) => countryOf(p.entity)));
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Pending;
      if (isBound(p) && !named.has(countryOf(p.entity))) pending.splice(i, 1);
    }
  };
}
