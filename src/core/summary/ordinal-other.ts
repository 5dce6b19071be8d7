import { foldKey } from '../text/devanagari.js';
import type { LexiconData } from './lexicon-data.js';
import type { Item } from './tokens.js';

/**
 * `दूसरा` is "other" (the lexicon's reading: `एक पार्टी से दूसरी पार्टी में`, `दूसरे राज्यों`) unless the noun right after it
 * is counted in order (config `ordinalNouns`): "second Test", "second quarter", "second place". A wrong "second" states an
 * order the Hindi does not (was "Election · second party" for leaders moving from one party to another).
 */
export function createOrdinalOther(data: LexiconData): (items: Item[]) => Item[] {
  const words = new Set(data.ordinalNouns.words.map(foldKey));
  const nouns = new Set(data.ordinalNouns.nouns.map((n) => n.toLowerCase()));
  const head = (en: string): string => (en.split(' ')[0] ?? '').toLowerCase();
  return (items) => items.map((it, k) => {
    const next = items[k + 1];
    if (it.kind !== 'adj' || !words.has(foldKey(it.text)) || !next || next.kind !== 'noun') return it;
    return nouns.has(head(next.en)) || nouns.has(head(next.en).replace(/s$/u, '')) ? { ...it, en: 'second' } : it;
  });
}
