import { foldKey } from '../text/devanagari.js';
import type { LexiconData } from './lexicon-data.js';
import type { Item } from './tokens.js';

/**
 * `दूसरा` is "another" (the lexicon's reading: `एक कंपनी से दूसरी कंपनी में`), its plural form `दूसरे` "other" (`दूसरे
 * राज्यों`), unless the noun right after it is counted in order (config `ordinalNouns`): "second Test", "second quarter",
 * "second place". A wrong "second" states an order the Hindi does not (was "second party" for one party to another).
 */
export function createOrdinalOther(data: LexiconData): (items: Item[]) => Item[] {
  const words = new Set(data.ordinalNouns.words.map(foldKey));
  const nouns = new Set(data.ordinalNouns.nouns.map((n) => n.toLowerCase()));
  const plural = new Set(data.ordinalNouns.plural.map(foldKey));
  const head = (en: string): string => (en.split(' ')[0] ?? '').toLowerCase();
  return (items) => items.map((it, k) => {
    const next = items[k + 1];
    if (it.kind !== 'adj' || !words.has(foldKey(it.text)) || !next || next.kind !== 'noun') return it;
    if (nouns.has(head(next.en)) || nouns.has(head(next.en).replace(/s$/u, ''))) return { ...it, en: 'second' };
    return plural.has(foldKey(it.text)) ? { ...it, en: 'other' } : it;
  });
}
