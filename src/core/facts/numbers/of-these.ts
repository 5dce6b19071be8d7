import type { NumberFact } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { PhraseTable, type Token } from './tokens.js';

/** What an earlier figure counted: its unit and how many. */
export interface Antecedent {
  unit: string;
  value: number;
}

/**
 * `12 लोग घायल हुए, जिनमें से 3 की हालत गंभीर`: a bare exact figure right after "of these" (config
 * `lists.ofThese`) counts what the last counted figure before it counted — in its sentence, else the
 * last counted figure of the sentence before — if it is no more than that figure. Spans of time and money
 * (`roleless` units: दिन, रुपये) are no set one takes a part of. Returns the quantities, some with a unit.
 */
export function createOfThese(data: NumbersData): (tokens: readonly Token[], quantities: readonly Quantity[], previous: readonly NumberFact[]) => Quantity[] {
  const phrases = new PhraseTable(data.lists.ofThese.map((p) => [p, true] as const));
  const spans = new Set(data.roles.roleless);
  const counted = (q: Pick<Quantity, 'unit' | 'value' | 'high'>): Antecedent | null => (q.unit !== null && !spans.has(q.unit) ? { unit: q.unit, value: q.high ?? q.value } : null);
  return (tokens, quantities, previous) => {
    let last = previous.reduce<Antecedent | null>((found, f) => counted({ unit: f.unit, value: f.value, high: f.end }) ?? found, null);
    return quantities.map((q) => {
      const own = counted(q);
      if (own !== null) {
        last = own;
        return q;
      }
      const anaphor = q.unit === null && q.qualifier === 'exact' && phrases.matchEnding(tokens, q.start) !== null;
      return anaphor && last !== null && q.value <= last.value ? { ...q, unit: last.unit } : q;
    });
  };
}
