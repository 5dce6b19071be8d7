import { at, type Candidate } from './candidate.js';
import { YEAR, type DateLexicon } from './lexicon.js';
import { formatYear } from './resolve.js';

/** Lowest year accepted after an explicit word such as वर्ष / सन. */
const MIN_PREFIXED_YEAR = 1000;

/** Decides whether a number (or range of numbers) at [start, end) is used as a year. */
export type YearContext = (text: string, start: number, end: number, years: readonly number[]) => boolean;

/** A year and में right before a figure: the figure is that year's value. */
const YEAR_IN = /(?<![\p{N}])\p{N}{4}\s+में\s*$/u;
/** …when the figure ends there (a comma, और, the clause's end): `2015 में 2022 तक` is a year after all. */
const FIGURE_ENDS = /^\s*(?:[,;।|]|और|व|तथा|एवं|$)/u;

/** A second four-digit figure after a range's joiner (से, से लेकर, a dash, या, और, व). */
const PAIRED = /^\s*(?:से\s+लेकर|से|[-–]|या|और|व)\s*(\p{N}{4})(?!\p{N})/u;

/**
 * A four-digit number is a year only in year context: a word before it (वर्ष 2019, साल 2020), a
 * postposition after it (1961 में, 2030 तक, 2024 के), a noun it qualifies (2024 लोकसभा चुनाव),
 * brackets, or the end of a clause. Counted nouns (2000 सैनिक, 1500 रुपये), comparators
 * (2000 से अधिक) and money or code words before it (₹2050, नंबर 1999) make it a quantity.
 * Round hundreds (2000) need a strong postposition.
 */
export function createYearContext(lex: DateLexicon): YearContext {
  const y = lex.data.years;
  const notAfter = new RegExp(`(?:${lex.words(y.notAfterWords)})\\s*$`, 'u');
  const notFollowed = new RegExp(`^\\s*(?:${lex.words(y.notFollowedBy)})`, 'u');
  const strong = new RegExp(`^\\s*(?:${lex.words(y.strongAfter)})`, 'u');
  const nouns = new RegExp(`^\\s*(?:${lex.words(y.nounsAfter)})`, 'u');
  const weak = new RegExp(`^\\s*(?:${lex.words(y.weakAfter)})\\s*(?<next>[\\p{L}\\p{M}]*)`, 'u');
  const comparators = lex.set(y.comparators);
  const context: YearContext = (text, start, end, years) => {
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (notAfter.test(before) || notFollowed.test(after)) return false;
    if (strong.test(after)) return true;
    // the figure of a year named right before it (`2019 में 2036, 2018 में 2798 मामले`): a count, not a year
    if (YEAR_IN.test(before) && FIGURE_ENDS.test(after)) return false;
    const round = years.some((n) => n % 100 === 0);
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
    if (round) return false;
    if (nouns.test(after)) return true;
    // the first of two figures joined like a range is a year only when the second is (`2150 से 2175 रुपए`: prices)
    // (only a second figure that could be a later year: `2022 से 3500 रुपये` is a pension paid since 2022, reviewer)
    const pair = PAIRED.exec(after);
    const second = Number(pair?.[1]);
    if (pair && second > Math.max(...years) && second <= y.max) return context(text, end + pair[0].length - 4, end + pair[0].length, [second]);
    const w = weak.exec(after);
    if (w) return !comparators.has(w.groups?.next ?? '');
    return /^\s*(?:[,;।|]|$)/u.test(after);
  };
  return context;
}

/**
 * Years: `1961 में`, `वर्ष 2019`, `साल 2020`, `(1947)`, `ओलंपिक 2028`, `विधानसभा चुनाव 2022`;
 * never `2000 सैनिक`, `1500 रुपये` or `बजट 2000 करोड़`.
 */
export function createYearFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { min, max } = lex.data.years;
  const context = createYearContext(lex);
  const prefixed = new RegExp(`(?:${lex.words(lex.data.years.before)})\\s*(?<y>${YEAR})`, 'gu');
  const bare = new RegExp(YEAR, 'gu');
  const y = lex.data.years;
  const event = new RegExp(`(?:${lex.words(y.eventsBefore)})\\s*[-–:]?\\s*(?<y>${YEAR})`, 'gu');
  const quantity = new RegExp(`^\\s*(?:${lex.words([...y.comparators, ...y.magnitudes, ...y.notFollowedBy])})`, 'u');
  // a year word that ends a relative year (`इस साल 1500 कोच`: this year, 1500 coaches) names no year after it
  const m = lex.data.modifiers;
  const relative = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${lex.words([...m.previous, ...m.next, ...m.current, ...m.same, ...m.every])})\\s+$`, 'u');
  return (text) => {
    const out: Candidate[] = [];
    const push = (match: RegExpMatchArray, year: number): void => {
      const value = formatYear(year);
      out.push(at(match, () => ({ value, granularity: 'year', kind: 'absolute' })));
    };
    for (const match of text.matchAll(prefixed)) {
      const year = Number(match.groups?.y);
      if (relative.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index))) continue;
      if (year >= MIN_PREFIXED_YEAR && year <= max) push(match, year);
    }
    for (const match of text.matchAll(event)) {
      // the span is the year alone: the event is what happened, not when
      const year = Number(match.groups?.y);
      const end = (match.index ?? 0) + match[0].length;
      if (year < min || year > max || quantity.test(text.slice(end))) continue;
      const value = formatYear(year);
      out.push({ start: end - 4, end, resolve: () => ({ value, granularity: 'year', kind: 'absolute' }) });
    }
    for (const match of text.matchAll(bare)) {
      const year = Number(match[0]);
      const start = match.index ?? 0;
      if (year >= min && year <= max && context(text, start, start + match[0].length, [year])) push(match, year);
    }
    return out;
  };
}
