import { TIME_UNITS } from '../../unit-kinds.js';
import { isYearLike, minusBefore } from './digits.js';
import type { NumbersData } from './numbers-data.js';
import { createNumberLexicon, isNumberToken, parseGroup, trailingScale, writtenAmount } from './number-words.js';
import { createQualifiers, pickQualifier } from './qualifiers.js';
import { createRangeReader } from './ranges.js';
import { createRefusal } from './refusals.js';
import type { Quantity, QuantityReader, ReadResult } from './quantity-types.js';
import { createNotEven } from './not-even.js';
import { createBelowZero } from './below-zero.js';
import { withUnitContexts } from './unit-contexts.js';
import { createRoleFinder } from './roles.js';
import { wordSet, type Token } from './tokens.js';
import { createMoneyNoun } from './money-nouns.js';
import { createImpliedPeople } from './implied-people.js';
import { createCurrencyTable, createUnitFinder, createUnitTable, createUnitsBefore } from './units.js';

export type { Quantity, QuantityReader, ReadResult } from './quantity-types.js';

/** A Latin word (folded to lower case): a number right after one is part of a name (News 24). */
const LATIN = /^[a-z]/;
/** A lone number word below this, with no unit, qualifier or role, is not reported. */
const SMALL_WORD = 20;

export function createQuantityReader(data: NumbersData): QuantityReader {
  const lex = createNumberLexicon(data);
  const qualifiers = createQualifiers(data);
  const findUnit = withUnitContexts(createUnitFinder(data, lex), data);
  const unitTable = createUnitTable(data);
  const unitBefore = createUnitsBefore(data);
  const moneyNoun = createMoneyNoun(data);
  const currency = createCurrencyTable(data);
  const genitive = wordSet(data.genitive);
  const yearEvents = wordSet(data.yearEventNouns);
  const round = wordSet(data.roundMultipliers);
  const signed = new Set(data.signedUnits);
  // `8 इंच तक बारिश`: the word after तक only says the limit is a rise, fall or spread; the figure's text ends at तक
  // (`7 साल तक की` keeps its genitive)
  const spanOf = (tokens: readonly Token[], after: { qualifier: string; length: number }, at: number): number =>
    after.qualifier === 'up to' && after.length > 1 && tokens[at]?.text === 'तक' && !genitive.has(tokens[at + 1]?.text ?? '') ? 1 : after.length;
  const near = wordSet(data.qualifiers.near);
  const refused = createRefusal(data, (tokens, k) => unitTable.match(tokens, k) !== null, lex);
  const readRange = createRangeReader(data, lex);
  const findRole = createRoleFinder(data);
  const oneUnits = new Set(data.oneUnits);
  const joiners = wordSet(data.lists.joiners);
  const wholeCounts = new Set(data.wholeCounts);
  const notEven = createNotEven(data);
  const belowZero = createBelowZero(data, lex, unitTable);
  const impliedPeople = createImpliedPeople(data, lex);

  return (tokens, i, floor, limit, taken) => {
    const starts = isNumberToken(lex, tokens[i]) || (lex.modifiers.has(tokens[i]?.text ?? '') && isNumberToken(lex, tokens[i + 1]));
    if (!starts) return { quantity: null, next: i + 1 };
    const group = parseGroup(lex, tokens, i, limit);
    if (group === null) return { quantity: null, next: i + 1 };
    const refuse: ReadResult = { quantity: null, next: group.end };
    if (group.garbled) return refuse;
    const frozen = belowZero(tokens, group, limit);
    if (frozen !== null) return frozen;

    let start = group.start;
    let end = group.end;
    const money = currency.matchEnding(tokens, start, floor);
    let unit: string | null = money?.value ?? null;
    if (money !== null) start -= money.length;
    if (refused(tokens, group, money !== null)) return refuse;

    const range = readRange(tokens, group, limit, money?.value ?? null);
    // 5-5% (five percent each) is one number; any other unordered digit pair is a score (3-1)
    const each = range !== null && range.digitPair && range.second.value === group.value && unitTable.match(tokens, range.second.end) !== null;
    if (range !== null && range.digitPair && !range.ordered && !each) return { quantity: null, next: range.second.end };
    if (range !== null && range.ordered) {
      if (refused(tokens, range.second, range.hyphen)) return { quantity: null, next: range.second.end };
      end = range.second.end;
    }
    const first = tokens[group.start] as Token;
    const negative = money === null && first.kind === 'digits' && minusBefore(tokens, group.start);
    if (negative) start -= 1;
    const numberStart = start;

    let before = qualifiers.before(tokens, start, floor);
    start -= before?.length ?? 0;
    const only = qualifiers.only(tokens, start, floor) > 0;
    if (each && range !== null) end = range.second.end;
    // the currency written twice, as a sign and as a word (`₹3000 करोड़ रुपए से ज्यादा`), is one figure's: its qualifier follows the word
    const word = money !== null && end < limit ? unitTable.match(tokens, end, limit) : null;
    if (word !== null && word.value === unit) end += word.length;
    let after = qualifiers.after(tokens, end, limit);
    // (a limit read from the noun after तक: `8 इंच तक बारिश`; of a time, `3 दिनों तक बारिश` lasts, no limit)
    let span = after === null ? 0 : spanOf(tokens, after, end);
    let limitByNoun = after !== null && span < after.length;
    end += span;
    let unitGap = 0;
    let unitAcrossGenitive = false;
    if (unit === null) {
      // the counted noun may lie beyond a claimed name (सैकड़ों फलस्तीनी कैदियों), never inside one
      const found = taken ? findUnit(tokens, end, tokens.length, taken, group.vague) : findUnit(tokens, end, limit, undefined, group.vague);
      // 73.18 महिला: a fraction counts no whole people or things; the noun belongs to another figure; lakhs of goods after
      // a genitive are their worth (`लाखों के मोबाइल`: rupees, never "lakhs of phones")
      const worth = found !== null && tokens.slice(end, found.start).some((t) => genitive.has(t.text))
        && moneyNoun(tokens, start, end, trailingScale(lex, tokens, group), writtenAmount(tokens, group));
      if (found !== null && !worth && (Number.isInteger(group.value) || !wholeCounts.has(found.unit))) {
        unit = found.unit;
        unitGap = found.start - end;
        unitAcrossGenitive = tokens.slice(end, found.start).some((t) => genitive.has(t.text));
        end = found.end;
        if (after === null) {
          after = qualifiers.after(tokens, end, limit) ?? qualifiers.afterRate(tokens, end, limit);
          span = after === null ? 0 : spanOf(tokens, after, end);
          limitByNoun = after !== null && span < after.length;
          end += span;
        }
      }
    }
    unit ??= unitBefore(tokens, start, floor) ?? (moneyNoun(tokens, start, end, trailingScale(lex, tokens, group), writtenAmount(tokens, group)) ? 'rupee' : null)
      ?? impliedPeople(tokens, start, numberStart, end, limit);
    // (a word that names the reading, अधिकतम 34°C, is no limit: the figure is the reading itself)
    if (before !== null && qualifiers.namesReading(tokens, start, before.length, unit, end)) {
      start += before.length;
      before = null;
    }
    if (limitByNoun && unit !== null && TIME_UNITS.has(unit)) {
      end -= 1;
      after = null;
    }
    // "in the number of" with no noun after it is no part of the figure (`500 की संख्या में।`)
    if (unit === null && after?.qualifier === 'exact') {
      end -= after.length;
      after = null;
    }
    // `… बजे के करीब एक तेज रफ्तार कार`: करीब after के is "near/around" the phrase before it, no count's qualifier
    const postposition = before !== null && near.has(tokens[start]?.text ?? '') && genitive.has(tokens[start - 1]?.text ?? '');
    const strong = (before !== null && !(postposition && group.article)) || (after !== null && after.qualifier !== 'up to' && after.qualifier !== 'exact');


    // a bare ordered pair of figures is kept for a list to count (`गेहूं 1520-1800, … उड़द 9000-10000 रुपए`), else dropped
    const unlessCounted = range?.digitPair === true && range.ordered && unit === null;
    const ordered = range?.ordered === true;
    const role = findRole(tokens, start, ordered ? range.second.end : group.end, end, unit);
    // मृतकों की संख्या 15, 8 की मौत, 5 घायल: only people are killed, injured, missing, arrested or rescued
    if (role !== null && (role.start !== undefined || role.role !== 'affected')) unit ??= 'person';
    // (एक counts with such a unit only right before it: `एक रोमांचक सप्ताह` is "an exciting week")
    const counted = money !== null || strong || only || ordered || role !== null || (unit !== null && oneUnits.has(unit) && !(group.article && unitGap > 0));
    // एक is an article before a noun, a count as a list item (महंत इंद्रेश हॉस्पिटल में एक, दून अस्पताल में दो)
    if (group.article && !counted && (unit !== null || !joiners.has(tokens[group.end]?.text ?? ''))) return refuse;
    // a year keeps its counted noun only right after it (2041 मामले), never across के (2022 के चरणों)
    const single = group.end - group.start === 1;
    // (not one that names an event of the year: 2024 सब इंस्पेक्टर भर्ती, 2023 निकाय चुनाव, सिविल सेवा 2023 परीक्षा)
    // (a span of time only right after it: `2000 साल पुराना` is 2,000 years; `2021 शानदार साल रहा` is the year 2021)
    const spanGap = unit !== null && TIME_UNITS.has(unit) && unitGap > 0;
    const unitForYear = unit !== null && money === null && unitGap <= 1 && !spanGap && !unitAcrossGenitive && !yearEvents.has(tokens[end]?.text ?? '') && !yearEvents.has(tokens[end - 1]?.text ?? '');
    if (single && isYearLike(first) && !strong && !unitForYear && !unlessCounted) return { quantity: null, next: Math.max(group.end, range?.second.end ?? 0) };

    // a dash glued to a count of things after a word is that word's number, a name's (`अरुण -4 जलविद्युत परियोजना` is
    // the Arun-4 project, no "four projects"; `चंद्रयान -3 मिशन`): no count
    // (not people: `हादसा -3 लोगों की मौत` is a headline's separator)
    if (negative && unit !== null && !signed.has(unit) && !oneUnits.has(unit) && !wholeCounts.has(unit)) return refuse;
    const low = ordered ? range.low : group.value;
    // (a dash before a measure that cannot fall below zero is the page's separator: `गंगा -1.225 मीटर … से ऊपर`)
    const value = negative && (unit === null || signed.has(unit)) ? -low : low;
    const said = pickQualifier(ordered, group.vague, before?.qualifier ?? null, after?.qualifier ?? null);
    // (a count of people or things said in dozens; दो दर्जन केले with no counted noun stays a shop's exact count)
    const roundFigure = unit !== null && tokens.slice(group.start, group.end).some((t) => round.has(t.text));
    const qualifier = said === 'exact' && roundFigure ? 'about' : said;
    const bare = unit === null && role === null && qualifier === 'exact';
    // a lone आधे (half of) is a share, not a count; शून्य, a small number word with nothing said about
    // it (दो टूक), a number after a Latin name (News 24, Apollo 11): no fact worth reporting
    if (single && (lex.fractions.get(first.text) ?? 1) < 1) return refuse;
    // …unless it is an item of a list that may give it the list's counted noun (राजस्थान की सात, असम की पांच …
    // सीटें); without one it is dropped as a bare figure
    if (bare && first.kind === 'word' && value < SMALL_WORD && !joiners.has(tokens[group.end]?.text ?? '')) return refuse;
    if (bare && first.kind === 'digits' && LATIN.test(tokens[group.start - 1]?.text ?? '') && money === null) return refuse;
    // "not even one seat" (एक सीट भी नहीं, एक भी सीट नहीं) is no count of one
    if (notEven(tokens, group.end, end, unit, qualifier)) return refuse;
    const quantity: Quantity = { value, unit, qualifier, start, end, numberStart };
    if (unlessCounted) quantity.unlessCounted = true;
    if (ordered) quantity.high = range.high;
    if (role !== null) quantity.role = role.role;
    return { quantity, next: end };
  };
}
