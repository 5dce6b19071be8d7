import { fold, unfoldSpan } from '../../text/devanagari.js';
import type { NumberExtractor, NumberFact, Sentence, Span } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import { createQuantityReader } from './read-quantity.js';
import { tokenize } from './tokens.js';

/**
 * Creates the Hindi quantity extractor: digits (Western/Indian grouping, decimals, Devanagari
 * digits), number words and multipliers (दो लाख, ढाई हज़ार, 48 लाख करोड़), approximations
 * (लगभग, कम से कम, से अधिक, के लगभग, तक), currency (₹, रु., $) and the counted noun in English
 * (`लगभग 50 ऐसी मिसाइलों` → 50 missile, approx). Spans claimed by dates (`taken`) are never
 * reported nor crossed. Refused: years (1800–2100 with no counted noun), ordinals, scores, times,
 * codes, section numbers, and एक as an indefinite article. Never throws.
 */
export function createNumberExtractor(data: NumbersData): NumberExtractor {
  const read = createQuantityReader(data);
  return (sentence: Sentence, taken: readonly Span[]): NumberFact[] => {
    try {
      return extract(sentence, taken);
    } catch {
      return [];
    }
  };

  function extract(sentence: Sentence, taken: readonly Span[]): NumberFact[] {
    const folded = fold(sentence.text);
    const tokens = tokenize(folded.text);
    const spans = tokens.map((t) => unfoldSpan(folded, t.start, t.end));
    const isTaken = spans.map((s) => taken.some((t) => s.start < t.end && s.end > t.start));
    // limits[i]: first taken token at or after i (a quantity never reaches into a date)
    const limits = new Array<number>(tokens.length + 1).fill(tokens.length);
    for (let k = tokens.length - 1; k >= 0; k--) limits[k] = isTaken[k] ? k : (limits[k + 1] ?? tokens.length);
    const facts: NumberFact[] = [];
    let floor = 0;
    let i = 0;
    while (i < tokens.length) {
      if (isTaken[i]) {
        floor = i + 1;
        i++;
        continue;
      }
      const { quantity, next } = read(tokens, i, floor, limits[i] ?? tokens.length, (k) => isTaken[k] === true);
      if (quantity !== null) {
        const first = tokens[quantity.start];
        const last = tokens[quantity.end - 1];
        if (first !== undefined && last !== undefined) {
          const span = unfoldSpan(folded, first.start, last.end);
          facts.push({
            text: sentence.text.slice(span.start, span.end),
            value: quantity.value,
            unit: quantity.unit,
            approx: quantity.approx,
            sentence: sentence.index,
            span,
          });
        }
        floor = quantity.end;
      }
      i = Math.max(next, i + 1);
    }
    return facts;
  }
}
