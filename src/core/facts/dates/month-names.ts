import { foldKey } from '../../text/devanagari.js';
import { MONTH_KEYS, WEEKDAY_KEYS, type DatesData } from './dates-data.js';

/** Month and weekday names, folded, with their numbers. */
export interface CalendarNames {
  /** Folded name → month 1..12 (Hindi and Latin). */
  months: Map<string, number>;
  /** Folded names written in Latin letters (June, Jun): only dates with numbers use them. */
  latin: Set<string>;
  /** Folded name → weekday 0 (Sunday) .. 6 (Saturday). */
  weekdays: Map<string, number>;
  /** Folded English weekday names written in Devanagari (फ्राइडे): a weekday only before a case marker. */
  loanWeekdays: Set<string>;
}

/** 2024-01-07 is a Sunday: day `i` of that week has weekday `i`. */
const SUNDAY = Date.UTC(2024, 0, 7);
const DAY_MS = 86_400_000;

/** Month names from Intl (Hindi long, English long and short) plus the variants of config/dates.yaml. */
export function createCalendarNames(data: DatesData): CalendarNames {
  const months = new Map<string, number>();
  const latin = new Set<string>();
  const weekdays = new Map<string, number>();
  const loanWeekdays = new Set<string>();
  const add = (map: Map<string, number>, name: string, value: number): void => {
    const key = foldKey(name.trim());
    if (key.length === 0) return;
    if (!map.has(key)) map.set(key, value);
    if (/^[a-z.]+$/.test(key)) latin.add(key);
  };
  const hiMonth = format('hi', { month: 'long' });
  const enMonth = format('en', { month: 'long' });
  const enShort = format('en', { month: 'short' });
  for (let i = 0; i < 12; i++) {
    const date = new Date(Date.UTC(2024, i, 1));
    for (const f of [hiMonth, enMonth, enShort]) add(months, f.format(date), i + 1);
    for (const variant of data.months[MONTH_KEYS[i] as (typeof MONTH_KEYS)[number]] ?? []) add(months, variant, i + 1);
  }
  const hiDay = format('hi', { weekday: 'long' });
  const enDay = format('en', { weekday: 'long' });
  for (let i = 0; i < 7; i++) {
    const date = new Date(SUNDAY + i * DAY_MS);
    for (const f of [hiDay, enDay]) add(weekdays, f.format(date), i);
    for (const variant of data.weekdays[WEEKDAY_KEYS[i] as (typeof WEEKDAY_KEYS)[number]] ?? []) add(weekdays, variant, i);
    for (const loan of data.loanWeekdays[WEEKDAY_KEYS[i] as (typeof WEEKDAY_KEYS)[number]] ?? []) {
      add(weekdays, loan, i);
      loanWeekdays.add(foldKey(loan.trim()));
    }
  }
  return { months, latin, weekdays, loanWeekdays };
}

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}
