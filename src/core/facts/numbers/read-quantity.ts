import { createApproximations } from './approximations.js';
import { gluedLeft, gluedRight, inDigitRun, isYearLike, minusBefore } from './digits.js';
import type { NumbersData } from './numbers-data.js';
import { createNumberLexicon, isNumberToken, parseGroup, type NumberGroup } from './number-words.js';
import { PhraseTable, type Token } from './tokens.js';
import { createCurrencyTable, createUnitFinder } from './units.js';

/** A quantity found in a token stream (token range end exclusive). */
export interface Quantity {
  value: number;
  unit: string | null;
  approx: boolean;
  start: number;
  end: number;
}

/** Result of reading at a token: the quantity (or null when refused) and where to continue. */
export interface ReadResult {
  quantity: Quantity | null;
  next: number;
}

/**
 * Reads the quantity whose number starts at token `i`. `floor` is the first token that an
 * approximation or currency word before the number may use; `limit` the first it may not reach.
 */
export type QuantityReader = (tokens: readonly Token[], i: number, floor: number, limit: number, taken?: (k: number) => boolean) => ReadResult;

/** Words coordinating two references: `अनुच्छेद 14 और 16`, `धारा 302, 307`. */
const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं', 'या', ',']);

/** Hindi month names (a number right before one is a date): from Intl; variants are in YAML. */
function hindiMonths(): string[] {
  const format = new Intl.DateTimeFormat('hi', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2024, m, 15))));
}

export function createQuantityReader(data: NumbersData): QuantityReader {
  const lex = createNumberLexicon(data);
  const approx = createApproximations(data);
  const findUnit = createUnitFinder(data, lex);
  const currency = createCurrencyTable(data);
  const joiners = new PhraseTable(data.rangeJoiners.map((p) => [p, true] as const));
  const refuseBefore = new PhraseTable(data.refuseBefore.map((p) => [p, true] as const));
  const refuseAfter = new PhraseTable([...data.refuseAfter, ...hindiMonths()].map((p) => [p, true] as const));
  const oneUnits = new Set(data.oneUnits);

  const isModifier = (t: Token | undefined): boolean => t !== undefined && lex.modifiers.has(t.text);
  /** `joined`: the number is glued to a currency sign or is the right half of a range (10-12). */
  const refusedAround = (tokens: readonly Token[], group: NumberGroup, joined: boolean): boolean => {
    const first = tokens[group.start] as Token;
    const last = tokens[group.end - 1] as Token;
    if (first.kind === 'digits' && !joined && gluedLeft(tokens, group.start)) return true;
    if (last.kind === 'digits' && gluedRight(tokens, group.end - 1)) return true;
    if ((first.kind === 'digits' || last.kind === 'digits') && inDigitRun(tokens, group.start, group.end - 1)) return true;
    if (refuseBefore.matchEnding(tokens, group.start) !== null || refuseAfter.match(tokens, group.end) !== null) return true;
    // a reference coordinated with another (अनुच्छेद 14 और 16, धारा 302, 307) is one too
    const link = tokens[group.start - 1];
    const previous = tokens[group.start - 2];
    return link !== undefined && CONJUNCTIONS.has(link.text) && previous?.kind === 'digits' && refuseBefore.matchEnding(tokens, group.start - 2) !== null;
  };

  /** `दो-तीन`, `5 से 10`, `दो या तीन`, `10-12`: the second number of a range, or null. */
  const readRange = (tokens: readonly Token[], group: NumberGroup, limit: number) => {
    const sign = tokens[group.end];
    const hyphen = sign !== undefined && (sign.text === '-' || sign.text === '–') && sign.glued && tokens[group.end + 1]?.glued === true;
    const joiner = hyphen ? 1 : (joiners.match(tokens, group.end, limit)?.length ?? 0);
    if (joiner === 0 || !isNumberToken(lex, tokens[group.end + joiner])) return null;
    const second = parseGroup(lex, tokens, group.end + joiner, limit);
    if (second === null) return null;
    const digitPair = hyphen && tokens[group.start]?.kind === 'digits' && tokens[second.start]?.kind === 'digits';
    return { second, hyphen, digitPair, ordered: second.value > group.value };
  };

  return (tokens, i, floor, limit, taken) => {
    const starts = isNumberToken(lex, tokens[i]) || (isModifier(tokens[i]) && isNumberToken(lex, tokens[i + 1]));
    if (!starts) return { quantity: null, next: i + 1 };
    const group = parseGroup(lex, tokens, i, limit);
    if (group === null) return { quantity: null, next: i + 1 };
    const refuse: ReadResult = { quantity: null, next: group.end };

    let start = group.start;
    let end = group.end;
    let unit: string | null = null;
    let approxFlag = group.vague;
    const money = currency.matchEnding(tokens, start, floor);
    if (money !== null) {
      unit = money.value;
      start -= money.length;
    }
    if (refusedAround(tokens, group, money !== null)) return refuse;

    const range = readRange(tokens, group, limit);
    if (range !== null && range.digitPair && !range.ordered) return { quantity: null, next: range.second.end }; // score 3-1
    if (range !== null && range.ordered) {
      if (refusedAround(tokens, range.second, range.hyphen)) return { quantity: null, next: range.second.end };
      end = range.second.end;
      approxFlag = true;
    }
    const first = tokens[group.start] as Token;
    const negative = money === null && first.kind === 'digits' && minusBefore(tokens, group.start);
    if (negative) start -= 1;

    const before = approx.before(tokens, start, floor);
    start -= before;
    const only = approx.only(tokens, start, floor) > 0;
    let strong = before > 0;
    let after = approx.after(tokens, end, limit);
    if (after !== null) end += after.length;
    if (unit === null) {
      // the counted noun may lie beyond a claimed name (सैकड़ों फलस्तीनी कैदियों), never inside one
      const found = taken ? findUnit(tokens, end, tokens.length, taken) : findUnit(tokens, end, limit);
      if (found !== null) {
        unit = found.unit;
        end = found.end;
        if (after === null) {
          after = approx.after(tokens, end, limit);
          if (after !== null) end += after.length;
        }
      }
    }
    if (after !== null) {
      approxFlag = true;
      if (after.kind === 'after') strong = true;
    }
    approxFlag ||= strong;

    if (range?.digitPair && range.ordered && unit === null) return { quantity: null, next: range.second.end };
    const counted = money !== null || strong || only || range?.ordered === true || (unit !== null && oneUnits.has(unit));
    if (group.article && !counted) return refuse;
    const yearLike = group.end - group.start === 1 && isYearLike(first);
    if (yearLike && unit === null && !strong) return { quantity: null, next: Math.max(group.end, range?.second.end ?? 0) };

    if (group.value === 0 && unit === null && first.kind === 'word') return refuse; // शून्य तक: no quantity
    const value = negative ? -group.value : group.value;
    return { quantity: { value, unit, approx: approxFlag, start, end }, next: end };
  };
}
