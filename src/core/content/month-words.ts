import { alternation } from '../text/boundaries.js';
import { compileAll } from './line-tools.js';

const FORMATS: [string, 'long' | 'short'][] = [
  ['hi', 'long'],
  ['hi', 'short'],
  ['en', 'long'],
  ['en', 'short'],
];

/** Every month name Intl prints (hi and en, long and short, without the abbreviation mark) plus `extra`. */
export function monthNames(extra: readonly string[]): string[] {
  const names = new Set(extra);
  for (const [locale, month] of FORMATS) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) names.add(format.format(new Date(Date.UTC(2024, m, 1))).replace(/[॰.]$/u, ''));
  }
  return [...names];
}

/** One alternation of all month names, longest first. */
export function monthAlternation(extra: readonly string[]): string {
  return alternation(monthNames(extra));
}

/** Compiles patterns in which `{month}` stands for any month name. */
export function compileWithMonths(sources: readonly string[], flags: string, months: string, wrap?: (s: string) => string): RegExp[] {
  return compileAll(
    sources.map((s) => s.replaceAll('{month}', months)),
    flags,
    wrap,
  );
}
