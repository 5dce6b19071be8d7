import type { NumbersData } from './numbers-data.js';
import { isNumberToken, parseGroup, trailingScale, type NumberGroup, type NumberLexicon } from './number-words.js';
import { PhraseTable, type Token } from './tokens.js';
import { createCurrencyTable, createUnitTable } from './units.js';

/** What closes a range said with its unit twice: `के बीच`, `तक`, `के लिए` (a span of time for which). */
const RANGE_BOUNDS = ['के बीच', 'तक', 'के मध्य', 'के लिए'];

/** The second number of a range after a first one. */
export interface Range {
  second: NumberGroup;
  hyphen: boolean;
  /** Both halves are digits joined by a hyphen (10-12, or a score 3-1). */
  digitPair: boolean;
  /** The second is larger: a real range (a score or list otherwise). */
  ordered: boolean;
  /** Value of the first half, scaled by the second's trailing multiplier: दो से तीन लाख → 200000. */
  low: number;
  high: number;
}

/**
 * Reads `दो-तीन`, `5 से 10`, `दो या तीन`, `10-12`, `4 से 5 करोड़` after a first number group, and a range that says its
 * unit twice and then its bounds (`64 मिलीमीटर से 204 मिलीमीटर के बीच`, `एक वर्ष से तीन वर्ष तक`; the second unit is the
 * range's; a currency sign said twice: `₹2410–₹2475`) — not a change from one figure to another (`किराया 10 रुपये से 15 रुपये कर दिया`).
 */
export function createRangeReader(data: NumbersData, lex: NumberLexicon) {
  const joiners = new PhraseTable(data.rangeJoiners.map((p) => [p, true] as const));
  const units = createUnitTable(data);
  const bounds = new PhraseTable(RANGE_BOUNDS.map((p) => [p, true] as const));
  const currency = createCurrencyTable(data);
  return (tokens: readonly Token[], group: NumberGroup, limit: number, money: string | null = null): Range | null => {
    const sign = tokens[group.end];
    // a dash glued to the first figure, the second after a space (`9000- 10000 रुपए`), joins a range of figures too
    const spaced = tokens[group.start]?.kind === 'digits' && tokens[group.end + 1]?.kind === 'digits';
    const hyphen = sign !== undefined && (sign.text === '-' || sign.text === '–') && sign.glued && (tokens[group.end + 1]?.glued === true || spaced);
    // the first figure's own unit before the joiner, the same unit after the second (read by the caller)
    const unit = hyphen ? null : units.match(tokens, group.end, limit);
    const from = group.end + (unit?.length ?? 0);
    const joiner = hyphen ? 1 : (joiners.match(tokens, from, limit)?.length ?? 0);
    // two cardinal words side by side, the second a little larger (`दो तीन परिवार`, `दस बारह लोग`): "two or three"
    if (joiner === 0 && unit === null) {
      const second = adjacentWord(lex, tokens, group, limit);
      const scale = second === null ? 1 : trailingScale(lex, tokens, second);
      if (second !== null) return { second, hyphen: false, digitPair: false, ordered: true, low: group.value * scale, high: second.value };
    }
    // the first figure's currency sign again before the second (`₹2410–₹2475`; with से only before bounds: `₹10 से ₹15 के
    // बीच`, not the change `किराया ₹10 से ₹15 कर दिया`)
    const sign2 = money === null || joiner === 0 ? null : currency.match(tokens, from + joiner, limit);
    const signed = sign2 !== null && sign2.value === money ? sign2.length : 0;
    if (joiner === 0 || !isNumberToken(lex, tokens[from + joiner + signed])) return null;
    const second = parseGroup(lex, tokens, from + joiner + signed, limit);
    if (second !== null && signed > 0 && !hyphen && !bounds.match(tokens, second.end, tokens.length)) return null;
    if (second !== null && unit !== null) {
      const again = units.match(tokens, second.end, limit);
      if (again?.value !== unit.value || !bounds.match(tokens, second.end + again.length, tokens.length)) return null;
    }
    if (second === null) return null;
    const digitPair = hyphen && tokens[group.start]?.kind === 'digits' && tokens[second.start]?.kind === 'digits';
    const firstScale = trailingScale(lex, tokens, group);
    const secondScale = trailingScale(lex, tokens, second);
    const low = firstScale === 1 && secondScale > 1 && !group.vague && group.value < secondScale ? group.value * secondScale : group.value;
    return { second, hyphen, digitPair, ordered: second.value > low, low: Number(low.toPrecision(12)), high: second.value };
  };
}

/** Most a second cardinal word may exceed the first by, as a share of the first, to be an estimate (`दस पंद्रह`), not a list. */
const ESTIMATE_SPREAD = 0.5;

/** The cardinal word right after a one-word cardinal that makes an estimate with it (दो तीन, चार पांच, बीस पच्चीस), else null. */
function adjacentWord(lex: NumberLexicon, tokens: readonly Token[], group: NumberGroup, limit: number): NumberGroup | null {
  const first = tokens[group.start];
  const next = tokens[group.end];
  // (not after एक, the article as often as the count: `एक के बाद एक दो बार झटके` is two tremors, one after another)
  if (group.end - group.start !== 1 || first?.kind !== 'word' || next?.kind !== 'word' || group.vague || group.article || !lex.words.has(next.text)) return null;
  const second = parseGroup(lex, tokens, group.end, limit);
  if (second === null || second.vague) return null;
  // (a scale may follow the second: `सात आठ लाख` is seven or eight lakh)
  const base = lex.words.get(next.text) ?? 0;
  if (second.value !== base * trailingScale(lex, tokens, second)) return null;
  const spread = base - group.value;
  return spread > 0 && spread <= Math.max(1, group.value * ESTIMATE_SPREAD) ? second : null;
}
