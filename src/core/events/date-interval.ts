import { isoWeekStart } from '../calendar/date-value.js';
import type { Granularity } from '../types.js';

/** A closed interval of days, as `YYYY-MM-DD` strings (they sort like dates). */
export interface DayInterval {
  start: string;
  end: string;
}

/** Finer granularities rank lower: a day query accepts only day mentions, a year query all. */
export const GRANULARITY_RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, year: 3 };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function toIsoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a single date value covers: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`. Null if malformed. */
export function valueInterval(value: string): DayInterval | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = daysInMonth(Number(m[1]), Number(m[2]));
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { start: value, end: value };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return { start: toIsoDay(monday), end: toIsoDay(sunday) };
  }
  return null;
}

/** The days a date fact covers, from its value to its end (for ranges). */
export function factInterval(value: string, end?: string | null): DayInterval | null {
  const first = valueInterval(value);
  if (!first) return null;
  if (!end) return first;
  const last = valueInterval(end);
  return last ? { start: first.start, end: last.end } : first;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
