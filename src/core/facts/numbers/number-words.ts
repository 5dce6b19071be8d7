import { isYearLike, parseDigits } from './digits.js';
import { readDecimals } from './spoken-decimals.js';
import type { NumberLexicon } from './number-lexicon.js';
import type { Token } from './tokens.js';

export { createNumberLexicon, type NumberLexicon } from './number-lexicon.js';

/** A run of tokens read as one number: `2.5 लाख`, `दो लाख पचास हज़ार`, `साढ़े तीन सौ`, `हज़ारों`. */
export interface NumberGroup {
  value: number;
  /** Token range, end exclusive. */
  start: number;
  end: number;
  /** A vague plural (हज़ारों, दर्जनों) took part. */
  vague: boolean;
  /** The group is a lone indefinite-article word (एक). */
  article: boolean;
  /** A bare figure between two scales (`6 लाख 28 करोड़`: 6.28 lakh crore misprinted): no value can be trusted. */
  garbled?: true;
}

/** Value of one base token (digits, cardinal word, fraction), if it is one. */
export function baseValue(lex: NumberLexicon, token: Token): number | undefined {
  if (token.kind === 'digits') return parseDigits(token.text) ?? undefined;
  return lex.words.get(token.text) ?? lex.fractions.get(token.text);
}

/** True when token `i` can start or continue a number. */
export function isNumberToken(lex: NumberLexicon, token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'digits') return parseDigits(token.text) !== null;
  const t = token.text;
  return lex.words.has(t) || lex.fractions.has(t) || lex.multipliers.has(t) || lex.vague.has(t);
}

const LAKH = 100_000;
const THOUSAND = 1000;

/**
 * Reads the number starting at token `i`, up to `limit`. Multipliers scale what precedes them and
 * a larger multiplier scales the whole running total (दो लाख पचास हज़ार करोड़ = 2.5 × 10¹²);
 * two bare numbers in a row end the group (they are a list or a range, not one number).
 */
export function parseGroup(lex: NumberLexicon, tokens: readonly Token[], i: number, limit: number): NumberGroup | null {
  let total = 0;
  let current = 0;
  let maxMultiplier = 0;
  let lastMultiplier = 0;
  let previous: 'none' | 'base' | 'multiplier' = 'none';
  let modifier = 0;
  let vague = false;
  let garbled = false;
  let k = i;
  const first = tokens[i];
  if (first !== undefined && lex.modifiers.has(first.text)) {
    modifier = lex.modifiers.get(first.text) ?? 0;
    k++;
  }
  for (; k < limit; k++) {
    const token = tokens[k] as Token;
    if (k > i && token.kind === 'digits' && tokens[k - 1]?.kind === 'digits') break;
    const base = baseValue(lex, token);
    const vagueValue = token.kind === 'word' ? lex.vague.get(token.text) : undefined;
    // a vague plural right after a number is its multiplier, misspelled: `13 लाखों रुपए` = 13 lakh
    const multiplier = token.kind === 'word' ? (lex.multipliers.get(token.text) ?? (previous === 'base' ? vagueValue : undefined)) : undefined;
    if (base !== undefined) {
      if (previous === 'base') break;
      if (previous === 'multiplier' && base >= lastMultiplier) break;
      if (previous === 'multiplier') {
        total += current;
        current = 0;
      }
      current = base + (previous === 'none' ? modifier : 0);
      previous = 'base';
      // distributive reduplication: दो-दो लाख रुपये, 10-10 हजार रुपये (so much each) is one number — in figures
      // only before a multiplier (a bare 10-10 is a score or a range)
      const [dash, again, after] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
      const scaled = token.kind === 'word' || (after?.kind === 'word' && lex.multipliers.has(after.text));
      if (scaled && dash?.text === '-' && dash.glued && again?.glued && again.text === token.text && k + 2 < limit) k += 2;
    } else if (multiplier !== undefined) {
      if (previous === 'none' && modifier === 0 && lex.bound.has(token.text)) break;
      if (lex.names.get(token.text)?.has(tokens[k + 1]?.text ?? '') === true) break;
      if (current === 0) current = previous === 'none' ? 1 + modifier : 1;
      // a bare figure below a thousand between a lakh and a larger scale was printed without its हजार
      if (multiplier > maxMultiplier && previous === 'base' && lastMultiplier >= LAKH && current < THOUSAND) garbled = true;
      if (multiplier > maxMultiplier && total > 0) {
        total = (total + current) * multiplier;
        current = 0;
      } else {
        current *= multiplier;
      }
      maxMultiplier = Math.max(maxMultiplier, multiplier);
      lastMultiplier = multiplier;
      previous = 'multiplier';
    } else if (previous === 'base' && token.kind === 'word' && lex.decimalPoint.has(token.text)) {
      // a decimal point in words, its digits after it one by one (`80 दशमलव छह-छह` = 80.66)
      const decimals = readDecimals(lex, tokens, k + 1, limit);
      // (a point whose digits cannot be read leaves no value to trust: no figure, never the part after it)
      if (decimals === null) {
        garbled = true;
        k++;
        break;
      }
      current = Number(`${current}.${decimals.digits}`);
      k = decimals.end - 1;
    } else if (vagueValue !== undefined && previous === 'none' && modifier === 0) {
      current = vagueValue;
      maxMultiplier = vagueValue;
      lastMultiplier = vagueValue;
      vague = true;
      previous = 'multiplier';
    } else {
      break;
    }
  }
  if (previous === 'none') return null;
  const value = Number((total + current).toPrecision(12));
  const article = k - i === 1 && first !== undefined && lex.article.has(first.text);
  return { value, start: i, end: k, vague, article, ...(garbled ? { garbled: true as const } : {}) };
}

/** Product of the multipliers that end a group: `5 लाख करोड़` → 10¹², `तीन हजार` → 1000, `12` → 1. */
export function trailingScale(lex: NumberLexicon, tokens: readonly Token[], group: NumberGroup): number {
  let scale = 1;
  for (let k = group.end - 1; k > group.start; k--) {
    // a vague plural scales like its multiplier (लाखों का नुकसान: lakhs of rupees)
    const multiplier = lex.multipliers.get((tokens[k] as Token).text) ?? lex.vague.get((tokens[k] as Token).text);
    if (multiplier === undefined || (tokens[k] as Token).kind !== 'word') break;
    scale *= multiplier;
  }
  // a vague plural alone (लाखों) is its own scale
  return scale === 1 && group.vague ? (lex.vague.get((tokens[group.start] as Token).text) ?? 1) : scale;
}

/** A figure of four or more digits written as one (`20000 का इनाम`) that cannot be a year (`2024 का बजट` stays a year). */
export function writtenAmount(tokens: readonly Token[], group: NumberGroup): boolean {
  const first = tokens[group.start] as Token;
  return group.end - group.start === 1 && first.kind === 'digits' && !isYearLike(first) && group.value >= 1000;
}
