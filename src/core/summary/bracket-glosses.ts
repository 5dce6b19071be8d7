import type { Item } from './tokens.js';

/** Latin capitals: an abbreviation (AAP, NDRF, ISRO). */
const ABBREVIATION = /^[A-Z]{2,6}$/u;
/** Most words an abbreviation in brackets may have. */
const MAX_WORDS = 2;

/**
 * An abbreviation in brackets right after a name (`आम आदमी पार्टी (AAP) के नेता …`) only glosses it: its items are
 * dropped, so the name and what follows stay one phrase (the party's leader, not the party as the subject).
 */
export function dropGlosses(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (item.text === '(' && out.at(-1)?.kind === 'mention') {
      // (looked for among the next few items only: a gloss is short)
      const close = items.slice(k + 1, k + 2 + MAX_WORDS).findIndex((it) => it.text === ')') + k + 1;
      const inner = items.slice(k + 1, close);
      if (close > k + 1 && inner.length <= MAX_WORDS && inner.every((it) => it.kind === 'word' && ABBREVIATION.test(it.text))) {
        k = close;
        continue;
      }
    }
    out.push(item);
  }
  return out;
}
