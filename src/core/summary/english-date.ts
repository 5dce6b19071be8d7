import { foldKey } from '../text/devanagari.js';
import type { DateFact } from '../types.js';
import type { LexiconData } from './lexicon-data.js';
import { isoWeekStart, parseDateValue } from '../calendar/date-value.js';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const HI_WEEKDAY = new Intl.DateTimeFormat('hi', { weekday: 'long', timeZone: 'UTC' });


/** `2024-06-14` → "14 June 2024", `2024-07` → "July 2024", `2023` → "2023", `2024-W25` → "the week of 17 June 2024". */
export function formatDateValue(value: string): string {
  const p = parseDateValue(value);
  if (!p) return '';
  if (p.week !== undefined) return `the week of ${DAY.format(isoWeekStart(p.y, p.week))}`;
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${MONTH.format(utc(p.y, p.m, 1))} ${p.y}`;
  return DAY.format(utc(p.y, p.m, p.d));
}

/** A date or range in English: "18–19 June 2024", "30 June – 2 July 2024", "1950–1953". */
export function formatDateRange(value: string, end?: string): string {
  const a = parseDateValue(value);
  const b = end ? parseDateValue(end) : null;
  if (!a || !b || end === value) return formatDateValue(value);
  const sameYear = a.y === b.y;
  if (a.week === undefined && a.m !== undefined && a.d !== undefined && b.m !== undefined && b.d !== undefined) {
    if (sameYear && a.m === b.m) return `${a.d}–${b.d} ${MONTH.format(utc(a.y, a.m, 1))} ${a.y}`;
    if (sameYear) return `${a.d} ${MONTH.format(utc(a.y, a.m, 1))} – ${formatDateValue(end as string)}`;
  }
  if (a.week === undefined && a.m !== undefined && a.d === undefined && b.m !== undefined && b.d === undefined && sameYear) {
    return `${MONTH.format(utc(a.y, a.m, 1))}–${MONTH.format(utc(b.y, b.m, 1))} ${a.y}`;
  }
  if (a.m === undefined && b.m === undefined && a.week === undefined) return `${a.y}–${b.y}`;
  return `${formatDateValue(value)} – ${formatDateValue(end as string)}`;
}

/** Builds the "when" phrase of a date fact: "on Friday (14 June 2024)", "last year (2023)", "in July 2000". */
export function createWhen(data: LexiconData): (fact: DateFact) => string {
  const set = (list: string[]): Set<string> => new Set(list.map(foldKey));
  const rel = { last: set(data.relative.last), this: set(data.relative.this), next: set(data.relative.next) };
  const units = { week: set(data.relative.week), month: set(data.relative.month), year: set(data.relative.year) };
  const weekdays = new Set<string>();
  for (let d = 1; d <= 7; d++) weekdays.add(foldKey(HI_WEEKDAY.format(utc(2024, 1, d))));
  return (fact) => {
    const words = fact.text.split(/[\s,]+/).map(foldKey);
    const has = (s: Set<string>): boolean => words.some((w) => s.has(w));
    const which = has(rel.last) ? 'last' : has(rel.next) ? 'next' : has(rel.this) ? 'this' : null;
    const text = formatDateRange(fact.value, fact.end);
    if (!text) return '';
    const p = parseDateValue(fact.value);
    switch (fact.granularity) {
      case 'day': {
        const wd = words.some((w) => weekdays.has(w)) && p?.d !== undefined && !fact.end;
        return wd && p && p.m !== undefined && p.d !== undefined
          ? `on ${WEEKDAY.format(utc(p.y, p.m, p.d))} (${text})` : `on ${text}`;
      }
      case 'week':
        return which && has(units.week) ? `${which} week (${text})` : text;
      case 'month':
        return which && has(units.month) ? `${which} month (${text})` : `in ${text}`;
      case 'year':
        return which && has(units.year) ? `${which} year (${text})` : `in ${text}`;
      default:
        return text;
    }
  };
}
