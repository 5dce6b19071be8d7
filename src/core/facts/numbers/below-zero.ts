import type { NumbersData } from './numbers-data.js';
import { isNumberToken, parseGroup, type NumberGroup, type NumberLexicon } from './number-words.js';
import type { ReadResult } from './quantity-types.js';
import { wordSet, type PhraseTable, type Token } from './tokens.js';

/** Units of temperature a reading below zero is said in. */
const TEMPERATURE = new Set(['degree', 'degree Celsius']);

/**
 * A temperature below zero said in words: `शून्य से 1.4 डिग्री सेल्सियस नीचे` and `शून्य से नीचे 5 डिग्री` are −1.4 °C and
 * −5 °C (the reader took them for a range 0..1.4 and a bound "less than 0"). Read at the group of शून्य; null for
 * anything else, which the reader then reads as usual.
 */
export function createBelowZero(data: NumbersData, lex: NumberLexicon, units: PhraseTable<string>): (tokens: readonly Token[], group: NumberGroup, limit: number) => ReadResult | null {
  // "zero", "from" and "below" (config `belowZero`)
  const [zeroWords, fromWords, belowWords] = [wordSet(data.belowZero.zero), wordSet(data.belowZero.from), wordSet(data.belowZero.below)];
  const degrees = (tokens: readonly Token[], k: number): { value: string; length: number } | null => {
    const unit = units.match(tokens, k, Math.min(tokens.length, k + 3));
    return unit !== null && TEMPERATURE.has(unit.value) ? unit : null;
  };
  return (tokens, group, limit) => {
    if (group.end - group.start !== 1 || !zeroWords.has(tokens[group.start]?.text ?? '') || !fromWords.has(tokens[group.end]?.text ?? '')) return null;
    const below = belowWords.has(tokens[group.end + 1]?.text ?? '');
    const at = group.end + (below ? 2 : 1);
    if (!isNumberToken(lex, tokens[at])) return null;
    const figure = parseGroup(lex, tokens, at, limit);
    if (figure === null) return null;
    const unit = degrees(tokens, figure.end);
    if (unit === null) return null;
    const after = figure.end + unit.length;
    if (!below && !belowWords.has(tokens[after]?.text ?? '')) return null;
    const end = below ? after : after + 1;
    return { quantity: { value: -figure.value, unit: unit.value, qualifier: 'exact', start: group.start, end, numberStart: group.start }, next: end };
  };
}
