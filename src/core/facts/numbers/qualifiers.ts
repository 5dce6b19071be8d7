import { foldKey } from '../../text/devanagari.js';
import type { NumberQualifier } from '../../types.js';
import { PHRASE_QUALIFIERS, type NumbersData } from './numbers-data.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

export type PhraseQualifier = (typeof PHRASE_QUALIFIERS)[number];

/** A qualifier phrase found next to a number and its length in tokens. */
export interface QualifierMatch {
  qualifier: PhraseQualifier;
  length: number;
}

/** Qualifier phrases around a number: `लगभग 50`, `कम से कम 9`, `50 से अधिक`, `10 साल तक`, `कई सौ`. */
export interface Qualifiers {
  /** The qualifier phrase ending right before token `end` (not before `floor`), or null. */
  before(tokens: readonly Token[], end: number, floor: number): QualifierMatch | null;
  /** The qualifier phrase starting at token `i` (after the number or its noun), or null. */
  after(tokens: readonly Token[], i: number, limit: number): QualifierMatch | null;
  /**
   * "up to", "more than" or "less than" when a rate and then a limit or a comparison follow the noun (`28,000 रुपए प्रति किलो
   * तक का`, `1200 रुपए प्रति किलो से ज्यादा`), of length 0: the figure's text stays the amount.
   */
  afterRate(tokens: readonly Token[], i: number, limit: number): QualifierMatch | null;
  /** Token count of an "only" word (सिर्फ़, केवल) ending right before token `end`, or 0. */
  only(tokens: readonly Token[], end: number, floor: number): number;
  /**
   * True when the qualifier word of `length` tokens at `at` names the reading of a figure in `unit` that ends at
   * `end` (अधिकतम 34°C रहा): no limit. Not before a change (अधिकतम 3 डिग्री की गिरावट, 2 डिग्री तक बढ़ सकता): that is "up to".
   */
  namesReading(tokens: readonly Token[], at: number, length: number, unit: string | null, end: number): boolean;
}

/** लगभग, folded: an "about" that stands before its figure. */
const ABOUT = foldKey('लगभग');

const table = (phrases: Partial<Record<PhraseQualifier, string[]>>): PhraseTable<PhraseQualifier> =>
  new PhraseTable(PHRASE_QUALIFIERS.flatMap((q) => (phrases[q] ?? []).map((p) => [p, q] as const)));

export function createQualifiers(data: NumbersData): Qualifiers {
  const before = table(data.qualifiers.before);
  const after = table(data.qualifiers.after);
  const only = new PhraseTable(data.only.map((p) => [p, true] as const));
  const readings = new PhraseTable(Object.entries(data.readingNames.names).flatMap(([unit, list]) => list.map((w) => [w, unit] as const)));
  const notReading = wordSet(data.readingNames.notAfter);
  const changes = [...wordSet(data.readingNames.changes)];
  const reached = new PhraseTable(data.qualifiers.reachedBefore.map((p) => [p, true] as const));
  const rates = wordSet(data.qualifiers.rateWords);
  const found = (m: { value: PhraseQualifier; length: number } | null): QualifierMatch | null =>
    m === null ? null : { qualifier: m.value, length: m.length };
  return {
    before: (tokens, end, floor) => found(before.matchEnding(tokens, end, floor)),
    after: (tokens, i, limit) => {
      const m = found(after.match(tokens, i, limit));
      // (`12 जिलों के लगभग 900 कलाकार`: लगभग with a figure right after it is that figure's; not के आसपास or के करीब, which
      // close a figure as often before a span, `45 डिग्री के आसपास 3 दिन`, reviewer)
      if (m?.qualifier === 'about' && tokens[i + m.length - 1]?.text === ABOUT && tokens[i + m.length]?.kind === 'digits') return null;
      return m?.qualifier === 'up to' && reached.match(tokens, i + m.length, limit) !== null ? null : m;
    },
    afterRate(tokens, i, limit) {
      if (!rates.has(tokens[i]?.text ?? '')) return null;
      let k = i + 1;
      if (tokens[k]?.kind === 'digits') k += 1;
      if (tokens[k]?.kind !== 'word') return null;
      // (and a comparison: `1200 रुपए प्रति किलो से ज्यादा की तेजी` is more than 1,200 a kilo)
      const q = this.after(tokens, k + 1, limit)?.qualifier;
      return q === 'up to' || q === 'more than' || q === 'less than' ? { qualifier: q, length: 0 } : null;
    },
    only: (tokens, end, floor) => only.matchEnding(tokens, end, floor)?.length ?? 0,
    namesReading: (tokens, at, length, unit, end) => {
      const named = unit === null ? null : readings.match(tokens, at);
      const next = tokens[end]?.text ?? '';
      const change = notReading.has(next) || changes.some((stem) => next.startsWith(stem));
      return named !== null && named.value === unit && named.length === length && !change;
    },
  };
}

/**
 * The qualifier of a quantity: a range or a vague plural is what it is; otherwise a comparison
 * after the number (से अधिक, से कम) says more than an "about" before it; then the phrase before,
 * then the phrase after (तक); none is exact.
 */
export function pickQualifier(range: boolean, vague: boolean, before: PhraseQualifier | null, after: PhraseQualifier | null): NumberQualifier {
  if (range) return 'range';
  if (vague || before === 'vague' || after === 'vague') return 'vague';
  if (after === 'more than' || after === 'less than') return after;
  return before ?? after ?? 'exact';
}
