import { MEASURE_UNITS, TIME_UNITS } from '../../unit-kinds.js';
import type { NumbersData } from './numbers-data.js';
import { wordSet, type PhraseTable, type Token } from './tokens.js';
import type { UnitMatch } from './units.js';

/** Words back from a demonym within which an opening bracket may follow the noun it splits. */
const BRACKET_REACH = 6;

/**
 * A demonym with no counted noun after it counts people (`49 भारतीयों समेत`, `851 भारतीय भी हैं`; not `5 भारतीय
 * कंपनियों`) — unless it stands in brackets after a counted noun, whose count it splits by origin: `40 उपग्रहों (37 विदेशी
 * तथा तीन भारतीय)` are satellites. Returns the unit of the demonym at `q`, or null.
 */
export function createDemonymUnit(data: NumbersData, units: PhraseTable<string>): (tokens: readonly Token[], q: number) => UnitMatch | null {
  const demonyms = wordSet(data.demonyms);
  const measures = new Set(data.oneUnits);
  const bracketHead = (tokens: readonly Token[], q: number): string | null => {
    for (let p = q - 1; p >= Math.max(0, q - BRACKET_REACH); p--) {
      if (tokens[p]?.text === ')') return null;
      if (tokens[p]?.text !== '(') continue;
      // (a count of things only: `5 प्रतिशत (20 भारतीय)` is no 20 percent)
      const head = units.match(tokens, p - 1);
      return head?.length === 1 && !measures.has(head.value) && !TIME_UNITS.has(head.value) && !MEASURE_UNITS.has(head.value) ? head.value : null;
    }
    return null;
  };
  return (tokens, q) => {
    const noun = units.match(tokens, q + 1) ?? units.match(tokens, q + 2);
    return noun === null && demonyms.has(tokens[q]?.text ?? '') ? { unit: bracketHead(tokens, q) ?? 'person', start: q, end: q + 1 } : null;
  };
}
