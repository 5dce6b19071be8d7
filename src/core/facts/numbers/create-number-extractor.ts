import { createClockHours } from './clock-hours.js';
import { createWeightPounds, joinCompoundMeasures } from './compound-measures.js';
import { fold, unfoldSpan, type Folded } from '../../text/devanagari.js';
import type { NumberExtractor, NumberFact, NumberScope, Sentence, Span } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import { createMarketMoves } from './market-moves.js';
import { createOwnerPairing, type Owned } from './owners.js';
import { createQuantityReader, type Quantity } from './read-quantity.js';
import { createRoleSharing } from './roles.js';
import { createBracketedLists } from './bracketed-lists.js';
import { createScoreReader } from './scores.js';
import { createOfThese } from './of-these.js';
import { createDecimalShares } from './decimal-shares.js';
import { ageOfPerson, createImpliedRupees, scorecardRuns } from './implied-units.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Creates the Hindi quantity extractor: digits (Western/Indian grouping, decimals, Devanagari
 * digits), number words and multipliers (दो लाख 35 हजार करोड़, ढाई हज़ार, ₹1,480Cr), what the
 * Hindi says about the value (`qualifier`: लगभग = about, कम से कम = at least, से अधिक = more than,
 * तक = up to, 4 से 6 = range, हजारों = vague), the counted noun in English (`लगभग 50 ऐसी
 * मिसाइलों` → 50 missile), what happened to the counted (`role`: 9 लोगों की मौत = killed), the
 * owner in a name–number list (भाजपा 240 और कांग्रेस 99 सीटों) and sport scores in their sport
 * (187/5, 3-2). Spans claimed by dates and names (`taken`) are never reported nor crossed.
 * Refused: years, ordinals, times, codes, section numbers, phone numbers, scores outside their
 * sport and एक as an indefinite article. A defect throws and the analyser reports it.
 */
export function createNumberExtractor(data: NumbersData): NumberExtractor {
  const read = createQuantityReader(data);
  const scores = createScoreReader(data);
  const pairOwners = createOwnerPairing(data);
  const clockHours = createClockHours(data);
  const weightPounds = createWeightPounds(data);
  const shareRoles = createRoleSharing(data);
  const marketMove = createMarketMoves(data);
  const impliedRupees = createImpliedRupees(data);
  const bracketedLists = createBracketedLists(data);
  const ofThese = createOfThese(data);
  const decimalShares = createDecimalShares(data);
  // A defect throws: the analyser reports it for the article (never hidden as "no numbers").
  return (sentence: Sentence, taken: readonly Span[], scope?: NumberScope, people: readonly Span[] = [], previous: readonly NumberFact[] = []): NumberFact[] =>
    extract(sentence, taken, scope, people, previous);

  function extract(sentence: Sentence, taken: readonly Span[], scope: NumberScope | undefined, people: readonly Span[], previous: readonly NumberFact[]): NumberFact[] {
    const folded = fold(sentence.text);
    const tokens = tokenize(folded.text);
    const spans = tokens.map((t) => unfoldSpan(folded, t.start, t.end));
    const isTaken = spans.map((s) => taken.some((t) => s.start < t.end && s.end > t.start));
    const isPerson = spans.map((s) => people.some((t) => s.start < t.end && s.end > t.start));
    const takenAt = (k: number): boolean => isTaken[k] === true;
    // limits[i]: first taken token at or after i (a quantity never reaches into a date)
    const limits = new Array<number>(tokens.length + 1).fill(tokens.length);
    for (let k = tokens.length - 1; k >= 0; k--) limits[k] = isTaken[k] ? k : (limits[k + 1] ?? tokens.length);
    const own = scores.context(tokens);
    // a score in a sentence with no sport word takes the article's sport, when it has only one
    const alone = (sport: keyof NumberScope): boolean => scope !== undefined && scope[sport] && SPORTS.filter((s) => scope[s]).length === 1;
    const sport = own.cricket || own.goals || own.points || scope === undefined ? own : { ...own, goals: alone('goals'), points: alone('points') };
    const context = { ...sport, matchPoints: own.matchPoints || scope?.matchPoints === true, exam: own.exam || scope?.exam === true };
    // a scorecard, a goal report or an exam puts other figures in brackets after names than ages
    const scored = context.cricket || context.goals || context.points || context.exam || (scope !== undefined && SPORTS.some((s) => scope[s]));
    const quantities: Quantity[] = [];
    let floor = 0;
    let i = 0;
    while (i < tokens.length) {
      if (isTaken[i]) {
        floor = i + 1;
        i++;
        continue;
      }
      const limit = limits[i] ?? tokens.length;
      const score = scores.read(tokens, i, limit, context);
      if (score !== null) {
        for (const part of score.parts) quantities.push({ ...part, qualifier: 'exact', start: score.start, end: score.end, numberStart: score.start });
        floor = i = score.end;
        continue;
      }
      const { quantity, next } = read(tokens, i, floor, limit, takenAt);
      const clocked = quantity === null ? null : clockHours(tokens, quantity);
      const found = clocked === null ? null : ageOfPerson(tokens, scorecardRuns(tokens, impliedRupees(tokens, clocked), context.cricket), isPerson, scored);
      const kept = found === null ? null : scores.inContext(marketMove(tokens, found, own.market), context);
      if (kept !== null) quantities.push(kept);
      if (quantity !== null) floor = quantity.end;
      i = Math.max(next, i + 1);
    }
    bracketedLists(tokens, quantities, scored);
    const counted = decimalShares(tokens, ofThese(tokens, weightPounds(tokens, joinCompoundMeasures(quantities)), previous));
    shareRoles(tokens, counted);
    return pairOwners(tokens, counted, takenAt).flatMap((o) => toFact(o, sentence, folded, tokens));
  }
}

const SPORTS = ['cricket', 'goals', 'points'] as const satisfies readonly (keyof NumberScope)[];

/** Larger than any figure in the news (10¹⁸: a billion billion); beyond it a reading is garbage. */
const MAX_QUANTITY = 1e18;

/** में, से (folded like the text): the links of a place or time that owns a figure (where, where from). */
const LOCATING = new Set(['में', 'से']);

function toFact({ quantity: q, owner }: Owned, sentence: Sentence, folded: Folded, tokens: readonly Token[]): NumberFact[] {
  const first = tokens[q.start];
  const last = tokens[q.end - 1];
  if (first === undefined || last === undefined) return [];
  // a chain of multipliers (लाख करोड़ लाख करोड़ …) is not a quantity anyone states
  if (!(Math.abs(q.value) <= MAX_QUANTITY) || (q.high !== undefined && !(Math.abs(q.high) <= MAX_QUANTITY))) return [];
  // a bare figure — one number, exact, no counted thing, no owner (a day of a list of dates, a score
  // in brackets, an id) — is no fact a reader can use: precision first. A qualified or scaled
  // figure (लगभग 2000, 12 लाख) still says how much of something.
  // (a place or a month before में or से owns only a counted figure: `जनवरी में 5 और फरवरी में 7 हत्याएं` counts nothing read)
  const located = owner !== undefined && LOCATING.has(tokens[owner.end]?.text ?? '');
  if (q.unit === null && q.qualifier === 'exact' && q.end - q.start === 1 && (owner === undefined || located)) return [];
  // …nor is a bare one below zero: its dash joins a name to its number as often (`चंद्रयान -3`, `कोविड -19`)
  if (q.unit === null && q.qualifier === 'exact' && q.value < 0 && q.end - q.start === 2 && owner === undefined) return [];
  // a bare pair of figures no list counted (`10-12`) is a score, a span or an id, never a quantity
  if (q.unit === null && q.unlessCounted === true) return [];
  const span = unfoldSpan(folded, first.start, last.end);
  const fact: NumberFact = {
    text: sentence.text.slice(span.start, span.end),
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
    approx: q.qualifier !== 'exact',
    sentence: sentence.index,
    span,
  };
  if (q.high !== undefined) fact.end = q.high;
  if (q.role !== undefined) fact.role = q.role;
  const from = owner === undefined ? undefined : tokens[owner.start];
  const to = owner === undefined ? undefined : tokens[owner.end - 1];
  if (from !== undefined && to !== undefined) {
    const at = unfoldSpan(folded, from.start, to.end);
    fact.owner = sentence.text.slice(at.start, at.end);
  }
  return [fact];
}
