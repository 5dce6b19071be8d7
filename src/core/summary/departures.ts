import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconData } from './lexicon-data.js';
import { MEASURE_UNITS } from '../unit-kinds.js';

/** `<base> से` right before a figure (a base of up to three words; a qualifier like करीब may stand between). */
const BEFORE = /((?:[\p{L}\p{M}]+\s+){0,2}[\p{L}\p{M}]+)\s+से\s+(?:[\p{L}\p{M}]+\s+)?$/u;
const MAX_BASE_WORDS = 3;
/** The word after a figure and its unit (`डिग्री सेल्सियस` may leave सेल्सियस outside the figure's span). */
const AFTER = /\s*(?:सेल्सियस\s+|सेंटीग्रेड\s+)?([\p{L}\p{M}]+)/uy;

/**
 * Figures that depart from a base (config lexicon `departures`): `तापमान सामान्य से 4.5 डिग्री सेल्सियस कम`
 * is 4.5 degrees below normal, `औसत से 20 प्रतिशत अधिक बारिश` 20 percent above average. By the figure's start
 * offset, the words the English adds after it ("below normal"). Said alone, "4.5 degree Celsius" states the
 * temperature itself: a wrong fact.
 */
export function createDepartureFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, string> {
  const bases = new Map(Object.entries(data.departures.bases).map(([hi, en]) => [foldKey(hi).split(/\s+/u).join(' '), en] as const));
  const above = new Set(data.departures.above.map(foldKey));
  const below = new Set(data.departures.below.map(foldKey));
  return (sentence, facts) => {
    const out = new Map<number, string>();
    for (const n of facts.numbers) {
      // (a measure only: `ओबीसी का कटऑफ सामान्य से 5 अंक कम` is five marks below the General category's, no "normal", reviewer)
      if (n.sentence !== sentence.index || n.unit === null || !MEASURE_UNITS.has(n.unit)) continue;
      const words = foldKey(BEFORE.exec(sentence.text.slice(Math.max(0, n.span.start - 60), n.span.start))?.[1] ?? '').split(/\s+/u);
      // the longest base the words before से end with (`खतरे के निशान`, not any निशान)
      const base = [MAX_BASE_WORDS, 2, 1].map((k) => bases.get(words.slice(-k).join(' '))).find((b) => b !== undefined);
      if (base === undefined) continue;
      AFTER.lastIndex = n.span.end;
      const word = foldKey(AFTER.exec(sentence.text)?.[1] ?? '');
      const side = above.has(word) ? 'above' : below.has(word) ? 'below' : undefined;
      if (side !== undefined) out.set(n.span.start, `${side} ${base}`);
    }
    return out;
  };
}
