import type { DateFact } from '../types.js';
import { sameValue, type EnglishNumber } from './english-numbers.js';
import type { TranslationData } from './translation-data.js';
import { asciiDigits } from '../text/devanagari.js';

/** What a date check sees of the English line: its lower-cased text and the numbers read in it. */
export interface EnglishText {
  /** Lower-cased, diacritics removed. */
  text: string;
  numbers: EnglishNumber[];
}

type Unit = 'day' | 'week' | 'month' | 'year';

const monthFormat = (style: 'long' | 'short') => new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
const MONTHS: string[][] = Array.from({ length: 12 }, (_, m) => {
  const date = new Date(Date.UTC(2024, m, 1));
  const long = monthFormat('long').format(date).toLowerCase();
  const short = monthFormat('short').format(date).toLowerCase();
  return [...new Set([long, short, ...(long === 'september' ? ['sept'] : [])])];
});
const WEEKDAY = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DAY_MS = 86_400_000;

/** A whole-word (or whole-phrase) test in lower-case Latin text, compiled once per phrase. */
export function phraseTest(phrase: string): (text: string) => boolean {
  const re = new RegExp(`(?<![a-z])${escape(phrase.toLowerCase()).replace(/\s+/g, '\\s+')}(?![a-z])`);
  return (text) => re.test(text);
}

const MONTH_TESTS = MONTHS.map((names) => names.map(phraseTest));
/** Weekday name tests by `getUTCDay()` (7 January 2024 was a Sunday). */
const WEEKDAY_TESTS = Array.from({ length: 7 }, (_, i) => phraseTest(WEEKDAY.format(new Date(Date.UTC(2024, 0, 7 + i))).toLowerCase()));
const hasMonth = (text: string, month: number): boolean => (MONTH_TESTS[month - 1] ?? []).some((t) => t(text));
const hasNumber = (e: EnglishText, value: number): boolean => e.numbers.some((n) => n.kind === 'number' && sameValue(n.value, value));

function parts(value: string): { y: number; m?: number; d?: number; w?: number } {
  const [y, second, d] = value.split('-');
  if (second?.startsWith('W')) return { y: Number(y), w: Number(second.slice(1)) };
  return { y: Number(y), ...(second ? { m: Number(second) } : {}), ...(d ? { d: Number(d) } : {}) };
}

const utc = (y: number, m = 1, d = 1): number => Date.UTC(y, m - 1, d);
/** Monday of ISO week `w` of year `y`. */
function isoWeekStart(y: number, w: number): number {
  const jan4 = utc(y, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (w - 1) * 7 * DAY_MS;
}

/** Offset of `value` from the publication date in the date's own unit (days, weeks, months, years). */
function offset(unit: Unit, value: string, published: string): number {
  const v = parts(value);
  const p = parts(published);
  if (unit === 'year') return v.y - p.y;
  if (unit === 'month') return (v.y - p.y) * 12 + ((v.m ?? 1) - (p.m ?? 1));
  const pub = utc(p.y, p.m, p.d);
  if (unit === 'week') {
    const pubMonday = pub - ((new Date(pub).getUTCDay() + 6) % 7) * DAY_MS;
    return Math.round((isoWeekStart(v.y, v.w ?? 1) - pubMonday) / (7 * DAY_MS));
  }
  return Math.round((utc(v.y, v.m, v.d) - pub) / DAY_MS);
}

/**
 * Compiles the date check once. A date is carried when the English states it in any common form:
 * `19 June 2024` = `June 19, 2024` = `19th June` (the year is required only when the Hindi wrote it),
 * a weekday date as its weekday name, a relative date as `last year` / `yesterday` / `3 days ago`.
 */
export function createDateCheck(data: TranslationData): (date: DateFact, english: EnglishText, published: string) => boolean {
  const relative = Object.fromEntries(
    (['day', 'week', 'month', 'year'] as const).map((unit) => [
      unit,
      Object.fromEntries(Object.entries(data.relative[unit]).map(([dir, phrases]) => [dir, phrases.map(phraseTest)])),
    ]),
  ) as Record<Unit, Record<string, ((t: string) => boolean)[]>>;
  const past = data.offsetWords.past.map(phraseTest);
  const future = data.offsetWords.future.map(phraseTest);
  const unitWord = Object.fromEntries((['day', 'week', 'month', 'year'] as const).map((u) => [u, phraseTest(`${u}s`)])) as Record<Unit, (t: string) => boolean>;
  const unitOne = Object.fromEntries((['day', 'week', 'month', 'year'] as const).map((u) => [u, phraseTest(u)])) as Record<Unit, (t: string) => boolean>;

  const relativeOk = (unit: Unit, by: number, e: EnglishText): boolean => {
    if ((relative[unit][String(by)] ?? []).some((t) => t(e.text))) return true;
    if (by === 0) return false;
    const words = by < 0 ? past : future;
    return hasNumber(e, Math.abs(by)) && (unitWord[unit](e.text) || unitOne[unit](e.text)) && words.some((t) => t(e.text));
  };

  const carried = (value: string, unit: Unit, date: DateFact, e: EnglishText, published: string, yearWritten: boolean): boolean => {
    const v = parts(value);
    const rel = date.kind !== 'absolute' && relativeOk(unit, offset(unit, value, published), e);
    const yearOk = !yearWritten || hasNumber(e, v.y);
    if (unit === 'year') return hasNumber(e, v.y) || rel;
    if (unit === 'week') return rel;
    if (unit === 'month') return (v.m !== undefined && hasMonth(e.text, v.m) && yearOk) || rel;
    const byWeekday = date.kind !== 'absolute' && (WEEKDAY_TESTS[new Date(utc(v.y, v.m, v.d)).getUTCDay()]?.(e.text) ?? false);
    return (v.m !== undefined && v.d !== undefined && hasMonth(e.text, v.m) && hasNumber(e, v.d) && yearOk) || byWeekday || rel;
  };

  return (date, english, published) => {
    const unit = date.granularity as Unit;
    const yearWritten = /\d{4}/.test(asciiDigits(date.text));
    if (!carried(date.value, unit, date, english, published, yearWritten)) return false;
    if (!date.end || date.end === date.value) return true;
    const end = parts(date.end);
    // a range: its end must be there too (18–19 June: 19; 2024-25: 2025; June–July: July)
    if (unit === 'year') return hasNumber(english, end.y);
    if (unit === 'month') return end.m !== undefined && hasMonth(english.text, end.m);
    if (unit === 'day') return end.d !== undefined && hasNumber(english, end.d);
    return true;
  };
}
