import type { NumbersData } from './numbers-data.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

/**
 * A count said to be not reached, "not even N" (`एक सीट भी नहीं मिली`, `एक भी सीट नहीं`, `पांच लोग तक नहीं
 * आए`): the figure is no quantity of what happened. True when a phrase of config `notEven.after` follows the
 * quantity ending at `end`, or a word of `notEven.inside` stands in it after the number (ending at `numberEnd`) and
 * a negation of `notEven.negations` follows.
 */
export function createNotEven(data: NumbersData): (tokens: readonly Token[], numberEnd: number, end: number) => boolean {
  const after = new PhraseTable(data.notEven.after.map((p) => [p, true] as const));
  const inside = wordSet(data.notEven.inside);
  const negations = wordSet(data.notEven.negations);
  return (tokens, numberEnd, end) => after.match(tokens, end) !== null
    || (tokens.slice(numberEnd, end).some((t) => inside.has(t.text)) && negations.has(tokens[end]?.text ?? ''));
}
