import type { Candidate, Resolution } from './candidate.js';
import { parseValue, weekdayOf, type Ymd } from './resolve.js';

/** A candidate with its resolution, in text order. */
export interface Resolved {
  candidate: Candidate;
  res: Resolution;
}

/** Only spaces, commas and brackets between two spans of folded text. */
const ADJACENT = /^[\s,()]*$/u;

/**
 * Refiners, after chrono's: passes over the resolved matches of a sentence that merge or correct
 * neighbours. `पिछले साल 18 दिसंबर`, `इस साल मार्च में`, `अगले साल जनवरी` are one date: the relative
 * year only supplies the implied year of the day or month after it, so the two merge into one fact.
 */
export function mergeRelativeYears(resolved: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i] as Resolved;
    const next = resolved[i + 1];
    const year = first.res.kind === 'relative' && first.res.granularity === 'year' && first.res.end === undefined ? first.res.value : null;
    if (year !== null && next !== undefined && next.res.kind === 'inferred' && next.res.value.startsWith(`${year}-`)
      && /^\s+$/u.test(text.slice(first.candidate.end, next.candidate.start))) {
      out.push({ candidate: { ...next.candidate, start: first.candidate.start }, res: next.res });
      i++;
    } else out.push(first);
  }
  return out;
}

/**
 * A weekday printed beside a day of the same weekday (सोमवार, 17 जून) is that day. A weekday printed
 * right next to a day of another weekday (a slip of the page: `बुधवार 26 दिसंबर 2025`) also takes the
 * printed day: the reader places it there.
 */
export function alignWeekdays(resolved: Resolved[], text: string): void {
  const dayOf = (res: Resolution): Ymd | null => {
    const p = parseValue(res.value);
    return p?.m === undefined || p.d === undefined || res.end !== undefined ? null : { y: p.y, m: p.m, d: p.d };
  };
  const days = resolved.filter(({ candidate, res }) => res.granularity === 'day' && !candidate.weekday && dayOf(res) !== null);
  for (const item of resolved) {
    const own = item.candidate.weekday ? dayOf(item.res) : null;
    if (own === null) continue;
    const beside = days.find(({ candidate: c }) =>
      ADJACENT.test(c.start >= item.candidate.end ? text.slice(item.candidate.end, c.start) : text.slice(c.end, item.candidate.start)));
    const match = days.find(({ res }) => weekdayOf(dayOf(res) as Ymd) === weekdayOf(own)) ?? beside;
    if (match) item.res = { ...item.res, value: match.res.value, kind: 'inferred' };
  }
}
