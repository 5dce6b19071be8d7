import { escapeRegExp, NOT_AFTER, NOT_BEFORE } from '../../text/boundaries.js';
import { foldKey } from '../../text/devanagari.js';
import type { DatesData } from './dates-data.js';
import { createCalendarNames, type CalendarNames } from './month-names.js';

/** A day of the month, 1-31, not part of a longer number. */
export const DAY = '(?<![\\p{L}\\p{M}\\p{N}])(?:0?[1-9]|[12]\\d|3[01])(?!\\p{N})';
/** Optional English ordinal suffix after a day (19th June). */
export const ORDINAL = '(?:st|nd|rd|th)?';
/** A four-digit number not glued to other digits (2.5, 1,000, 011-2345). */
export const YEAR = '(?<![\\p{L}\\p{M}\\p{N}]|\\p{N}[.,:/-])\\d{4}(?!\\p{N}|[.,:/-]\\p{N})';

/** Folded word lists and regex sources shared by the date pattern families. */
export interface DateLexicon {
  data: DatesData;
  names: CalendarNames;
  /** Any month name, Hindi or Latin, as a whole word. */
  month: string;
  /** Devanagari month names only, as a whole word. */
  hindiMonth: string;
  /** Any weekday name, as a whole word (English names in Devanagari only before a case marker: see weekdays.ts). */
  weekday: string;
  /** Range joiners: `-`, `से`, `to`. */
  joiner: string;
  /** Whole-word alternation of folded phrases (spaces match any run of spaces); never empty. */
  words(list: readonly string[]): string;
  /** Folded lookup set. */
  set(list: readonly string[]): Set<string>;
  /** Month number of a matched (folded) month name, a trailing `.` allowed. */
  monthOf(name: string | undefined): number | undefined;
  /** Whether a matched (folded) month name is written in Latin letters. */
  isLatin(name: string | undefined): boolean;
  /** Weekday (0 = Sunday) of a matched (folded) weekday name. */
  weekdayOf(name: string | undefined): number | undefined;
}

/** A regex that matches nothing, for empty word lists. */
const NOTHING = '(?!)';

export function createDateLexicon(data: DatesData): DateLexicon {
  const names = createCalendarNames(data);
  const words = (list: readonly string[]): string => {
    const alt = literalAlternation(list);
    return alt === NOTHING ? NOTHING : `${NOT_BEFORE}(?:${alt})${NOT_AFTER}`;
  };
  const allMonths = [...names.months.keys()];
  const joinerWords = data.rangeJoiners.filter((j) => /[\p{L}]/u.test(j));
  const joinerMarks = data.rangeJoiners.filter((j) => !/[\p{L}]/u.test(j));
  const joinerParts = [joinerMarks.length > 0 ? `\\s*(?:${literalAlternation(joinerMarks)})\\s*` : NOTHING];
  if (joinerWords.length > 0) joinerParts.push(`\\s+${words(joinerWords)}\\s+`);
  return {
    data,
    names,
    // (a day may be glued to its month, `13जून`: no letter, but a digit, may stand right before a month name)
    month: `(?<![\\p{L}\\p{M}])(?:${literalAlternation(allMonths)})${NOT_AFTER}\\.?`,
    hindiMonth: words(allMonths.filter((m) => !names.latin.has(m))),
    weekday: `(?:${words([...names.weekdays.keys()].filter((w) => !names.loanWeekdays.has(w)))}|${loanBlockers(data)}${words([...names.loanWeekdays])}(?=\\s+${words(data.loanWeekdayMarkers)}))`,
    joiner: `(?:${joinerParts.join('|')})`,
    words,
    set: (list) => new Set(list.map((w) => foldKey(w.trim()))),
    monthOf: (name) => (name === undefined ? undefined : names.months.get(name.replace(/\.$/, ''))),
    isLatin: (name) => name !== undefined && names.latin.has(name.replace(/\.$/, '')),
    weekdayOf: (name) => (name === undefined ? undefined : names.weekdays.get(name)),
  };
}

/** Longest-first alternation of folded literals; `(?!)` when the list is empty. */
export function literalAlternation(list: readonly string[]): string {
  const folded = [...new Set(list.map((w) => foldKey(w.trim())).filter((w) => w.length > 0))];
  if (folded.length === 0) return NOTHING;
  folded.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return folded.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
}

/** Words a loan weekday name never follows as a weekday (गुड फ्राइडे, ब्लैक फ्राइडे, साइबर मंडे: named days), as a lookbehind. */
function loanBlockers(data: DatesData): string {
  const list = data.loanWeekdayBlockers.map((w) => foldKey(w.trim())).filter((w) => w.length > 0);
  return list.length === 0 ? '' : `(?<!(?:${list.map(escapeRegExp).join('|')})\\s+)`;
}
