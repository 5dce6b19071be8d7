import type { ResolveEnv, Tense } from './candidate.js';
import { isValidDay, toEpochDay } from './resolve.js';

/**
 * Year of a yearless day (`19 जून को`): a year named earlier in the sentence, else the publication
 * year, moved back for a past-tense clause when the day lands well after publication, forward for a
 * future-tense clause when it lands well before, and to the nearest year when the tense is unclear.
 */
export function yearForDay(m: number, d: number, env: ResolveEnv): number {
  const tense = effectiveTense(env);
  const y = env.published.y;
  if (env.year !== null && !(tense === 'future' && env.year < y) && isValidDay(env.year, m, d)) return env.year;
  const pub = toEpochDay(env.published);
  const at = (year: number): number => (isValidDay(year, m, d) ? toEpochDay({ y: year, m, d }) : Number.NaN);
  if (tense === 'past' && at(y) - pub > env.pastGraceDays) return y - 1;
  if (tense === 'future' && pub - at(y) > env.futureGraceDays) return y + 1;
  if (tense === 'past' || tense === 'future') return y;
  return nearest([y, y - 1, y + 1], (year) => Math.abs(at(year) - pub));
}

/**
 * Year of a yearless month (`जनवरी में`): a year named earlier in the sentence, else the publication
 * year; the year before for a past-tense clause and a month after publication, the year after for
 * a future-tense clause and a month before it, the nearest year when the tense is unclear.
 */
export function yearForMonth(m: number, env: ResolveEnv): number {
  const tense = effectiveTense(env);
  const y = env.published.y;
  if (env.year !== null && !(tense === 'future' && env.year < y)) return env.year;
  const pm = env.published.m;
  if (tense === 'past') return m > pm ? y - 1 : y;
  if (tense === 'future') return m < pm ? y + 1 : y;
  const pub = y * 12 + pm;
  return nearest([y, y - 1, y + 1], (year) => Math.abs(year * 12 + m - pub));
}

/** The clause tense, except that a past verb does not date a deadline (`15 जुलाई तक टाल दी`). */
function effectiveTense(env: ResolveEnv): Tense {
  const tense = env.tense();
  return tense === 'past' && env.target ? 'unknown' : tense;
}

/** The candidate with the smallest distance; the first one wins ties. */
function nearest(years: number[], distance: (year: number) => number): number {
  let best = years[0] as number;
  for (const year of years) {
    const d = distance(year);
    if (Number.isFinite(d) && !(distance(best) <= d)) best = year;
  }
  return best;
}
