import { at, type Candidate } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { formatDay, isValidDay, parseValue } from './resolve.js';

/**
 * A day of the month with no month: `8 तारीख को 12 मरीजों की मौत`. It is day N of the month a date
 * earlier in the sentence names, else of the latest month in which day N falls on or before the
 * publication day (a report counts back: on 12 August, `8 तारीख` is 8 August, `20 तारीख` 20 July);
 * with a future verb, of the first month in which it falls on or after it (`20 तारीख को बैठक होगी`).
 */
export function createDayOfMonthFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const words = lex.data.dayOfMonth;
  if (words.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?<d>\\d{1,2})\\s*(?:${lex.words(words)})`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      dayOfMonth: true,
      ...at(match, (env) => {
        const d = Number(match.groups?.d);
        const anchor = env.anchor === null ? null : parseValue(env.anchor.value);
        const { y, m } = anchor?.m !== undefined ? { y: anchor.y, m: anchor.m } : monthOf(d, env.published, env.tense() === 'future');
        return isValidDay(y, m, d) ? { value: formatDay({ y, m, d }), granularity: 'day', kind: 'inferred' } : null;
      }),
    }));
}

/**
 * The latest month in which day `d` falls on or before the publication day (a month without that day
 * is skipped: on 18 June, `31 तारीख` is 31 May); with a future verb, the first on or after it.
 */
function monthOf(d: number, published: { y: number; m: number; d: number }, future: boolean): { y: number; m: number } {
  const step = future ? 1 : -1;
  let { y, m } = published;
  const passed = future ? d < published.d : d > published.d;
  if (passed) [y, m] = shift(y, m, step);
  for (let k = 0; k < 2 && !isValidDay(y, m, d); k++) [y, m] = shift(y, m, step);
  return { y, m };
}

const shift = (y: number, m: number, step: number): [number, number] => {
  const n = y * 12 + (m - 1) + step;
  return [Math.floor(n / 12), (n % 12) + 1];
};
