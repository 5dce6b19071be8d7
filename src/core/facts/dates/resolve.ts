import { parseDateValue } from '../../calendar/date-value.js';
/** Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, UTC). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` (a time part after it is ignored); null when invalid. */
export function parseDay(text: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toEpochDay(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromEpochDay(days: number): Ymd {
  const date = new Date(days * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(date) + days);
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** ISO 8601 week `YYYY-Www` of a day (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: Ymd): string {
  const mondayBased = (weekdayOf(date) + 6) % 7;
  const thursday = fromEpochDay(toEpochDay(date) - mondayBased + 3);
  const week = 1 + Math.floor((toEpochDay(thursday) - toEpochDay({ y: thursday.y, m: 1, d: 1 })) / 7);
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** The year, month and day printed in a value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); null for weeks. */
export function parseValue(value: string): { y: number; m?: number; d?: number } | null {
  const parsed = parseDateValue(value);
  return parsed === null || parsed.week !== undefined ? null : parsed;
}

/** Latest day with `weekday` on or before `date` (strictly before when `strict`). */
export function weekdayOnOrBefore(date: Ymd, weekday: number, strict = false): Ymd {
  let back = (weekdayOf(date) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(date, -back);
}

/** Earliest day with `weekday` on or after `date` (strictly after when `strict`). */
export function weekdayOnOrAfter(date: Ymd, weekday: number, strict = false): Ymd {
  let ahead = (weekday - weekdayOf(date) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(date, ahead);
}
