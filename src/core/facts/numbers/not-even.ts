import type { NumberQualifier } from '../../types.js';
import { TIME_UNITS } from '../../unit-kinds.js';
import type { NumbersData } from './numbers-data.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

/**
 * A count said to be not reached, "not even N" (`एक सीट भी नहीं मिली`, `एक भी सीट नहीं`, `पांच लोग तक नहीं
 * आए`): the figure is no quantity of what happened. True when a phrase of config `notEven.after` follows the
 * quantity ending at `end` (not तक after a span of time: `3 दिन तक नहीं रुकी` lasted 3 days), or a word of
 * `notEven.inside` stands in it after the number (ending at `numberEnd`) and a negation of `notEven.negations` follows;
 * a comparison followed by a negation, or by a word for time (`notEven.spans`) and a negation, is denied, no figure
 * (`300 से कम नहीं हुआ`, `2 मिनट से ज़्यादा वक़्त नहीं`).
 */
export function createNotEven(data: NumbersData): (tokens: readonly Token[], numberEnd: number, end: number, unit: string | null, qualifier: NumberQualifier) => boolean {
  const after = new PhraseTable(data.notEven.after.map((p) => [p, true] as const));
  const inside = wordSet(data.notEven.inside);
  const negations = wordSet(data.notEven.negations);
  const until = wordSet(['तक']);
  const spans = wordSet(data.notEven.spans);
  return (tokens, numberEnd, end, unit, qualifier) => {
    const negated = negations.has(tokens[end]?.text ?? '');
    // (a span of time before तक नहीं lasts: `बारिश 3 दिन तक नहीं रुकी` rained for 3 days)
    const phrase = after.match(tokens, end);
    const notEven = phrase !== null && !(unit !== null && TIME_UNITS.has(unit) && until.has(tokens[end]?.text ?? ''));
    // a comparison denied is no reading (`एक्यूआई 300 से कम नहीं हुआ`: not below 300), across one noun too
    // (`2 मिनट से ज़्यादा वक़्त नहीं देते`: not more than two minutes)
    // (only a word for time or amount, not the verb's object: `300 से अधिक बच्चे स्कूल नहीं जा पाए` is more than 300)
    const noun = spans.has(tokens[end]?.text ?? '') && negations.has(tokens[end + 1]?.text ?? '');
    const denied = (negated || noun) && (qualifier === 'less than' || qualifier === 'more than');
    return notEven || denied || (tokens.slice(numberEnd, end).some((t) => inside.has(t.text)) && negated);
  };
}
