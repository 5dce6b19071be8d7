import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate, type ResolveEnv } from './candidate.js';
import { DAY, ORDINAL, YEAR, type DateLexicon } from './lexicon.js';
import { formatDay, formatMonth, formatYear, isValidDay } from './resolve.js';
import { yearForDay, yearForMonth } from './yearless.js';
import { createYearContext } from './years.js';

/** Longest span of a range of years written in full (1950-1953) and with two digits (1950-53). */
const MAX_FULL_SPAN = 200;
const MAX_SHORT_SPAN = 20;

/**
 * Ranges: `18-19 जून`, `18 से 20 जून 2024`, `10 जून से 15 जुलाई`, `जून से अगस्त`, `जनवरी-मार्च 2024`,
 * `1950-1953`, `1950-53`, `2023-24`, `2020 से 2023`. Yearless ends take the year from context;
 * an end before its start moves to the next year (दिसंबर से फरवरी).
 */
export function createRangeFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const J = lex.joiner;
  const M = (name: string): string => `(?<${name}>${lex.month})`;
  const Y = (name: string): string => `(?:,?\\s*(?<${name}>${YEAR}))?`;
  // a day in digits or in words (एक से पांच मार्च, एक मार्च से 14 मार्च)
  const dayWords = new Map(Object.entries(lex.data.dayWords).map(([w, n]) => [foldKey(w), n] as const));
  const D = (name: string): string => `(?<${name}>${DAY}|${lex.words([...dayWords.keys()])})${ORDINAL}`;
  const dayOf = (s: string | undefined): number => (/^\d+$/u.test(s ?? '') ? Number(s) : (dayWords.get(foldKey(s ?? '')) ?? Number.NaN));
  const dayRange = new RegExp(`${D('d1')}${J}${D('d2')}\\s*${M('m')}${Y('y')}`, 'gu');
  const latinDayRange = new RegExp(`${M('m')}\\s*(?<d1>${DAY})${ORDINAL}${J}(?<d2>${DAY})${ORDINAL}${Y('y')}`, 'gu');
  const cross = new RegExp(
    `${D('d1')}\\s*${M('m1')}${Y('y1')}${J}${D('d2')}\\s*${M('m2')}${Y('y2')}`,
    'gu',
  );
  const months = new RegExp(`${M('m1')}${Y('y1')}${J}${M('m2')}${Y('y2')}`, 'gu');
  const prefix = lex.words(lex.data.years.before);
  const years = new RegExp(
    `(?:(?<p>${prefix})\\s*)?(?<!\\p{N}|\\p{N}[.,:/-])(?<y1>\\d{4})(?<j>${J})(?<y2>\\d{4}|\\d{2})(?!\\p{N}|[.,:/-]\\p{N})`,
    'gu',
  );
  const context = createYearContext(lex);
  const { min, max } = lex.data.years;

  return (text) => {
    const out: Candidate[] = [];
    const days = (match: RegExpMatchArray, m1: number | undefined, m2: number | undefined): void => {
      const g = match.groups ?? {};
      const [d1, d2] = [dayOf(g.d1), dayOf(g.d2)];
      if (m1 === undefined || m2 === undefined || !isValidDay(2024, m1, d1) || !isValidDay(2024, m2, d2)) return;
      if (m1 === m2 && d1 >= d2) return;
      const printed = g.y1 ?? g.y ?? g.y2;
      out.push(
        at(match, (env) => {
          // a whole calendar year with no year printed (`… उपाधि धारकों (1 जनवरी से 31 दिसंबर)`) glosses "a year": the
          // sentence names which (or no one knows), so it is no date of its own — and, matched, none of its days is either
          if (printed === undefined && m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return null;
          const y1 = g.y1 ?? g.y ? Number(g.y1 ?? g.y) : startYear(g.y2, m1 * 32 + d1 > m2 * 32 + d2, () => yearForDay(m1, d1, env));
          const y2 = g.y2 ?? g.y ? Number(g.y2 ?? g.y) : m1 * 32 + d1 > m2 * 32 + d2 ? y1 + 1 : y1;
          if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2) || y2 < y1) return null;
          const value = formatDay({ y: y1, m: m1, d: d1 });
          const end = formatDay({ y: y2, m: m2, d: d2 });
          return { value, end, granularity: 'day', kind: printed ? 'absolute' : 'inferred' };
        }),
      );
    };
    for (const match of text.matchAll(dayRange)) days(match, lex.monthOf(match.groups?.m), lex.monthOf(match.groups?.m));
    for (const match of text.matchAll(latinDayRange)) {
      if (lex.isLatin(match.groups?.m)) days(match, lex.monthOf(match.groups?.m), lex.monthOf(match.groups?.m));
    }
    for (const match of text.matchAll(cross)) days(match, lex.monthOf(match.groups?.m1), lex.monthOf(match.groups?.m2));
    for (const match of text.matchAll(months)) {
      const g = match.groups ?? {};
      const [m1, m2] = [lex.monthOf(g.m1), lex.monthOf(g.m2)];
      if (m1 === undefined || m2 === undefined || m1 === m2) continue;
      if ((lex.isLatin(g.m1) || lex.isLatin(g.m2)) && !g.y1 && !g.y2) continue;
      out.push(at(match, (env: ResolveEnv) => {
        const y1 = g.y1 ? Number(g.y1) : startYear(g.y2, m1 > m2, () => yearForMonth(m1, env));
        const y2 = g.y2 ? Number(g.y2) : m1 > m2 ? y1 + 1 : y1;
        if (y2 * 12 + m2 <= y1 * 12 + m1) return null;
        const kind = g.y1 || g.y2 ? 'absolute' : 'inferred';
        return { value: formatMonth(y1, m1), end: formatMonth(y2, m2), granularity: 'month', kind };
      }));
    }
    for (const match of text.matchAll(years)) {
      const g = match.groups ?? {};
      const y1 = Number(g.y1);
      const short = (g.y2 ?? '').length === 2;
      if (short && /\p{L}/u.test(g.j ?? '')) continue;
      let y2 = short ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
      if (short && y2 <= y1) y2 += 100;
      const span = y2 - y1;
      if (y1 < (g.p ? 1000 : min) || y2 > max || span < 1 || span > (short ? MAX_SHORT_SPAN : MAX_FULL_SPAN)) continue;
      // consecutive years written short (2018-19, 2024-25) are a fiscal year or a season: fiscal-years.ts
      if (short && span === 1) continue;
      const start = match.index ?? 0;
      if (!g.p && !context(text, start, start + match[0].length, [y1, y2])) continue;
      const [value, end] = [formatYear(y1), formatYear(y2)];
      out.push(at(match, () => ({ value, end, granularity: 'year', kind: 'absolute' })));
    }
    return out;
  };
}

/** Start year of a range whose start has no printed year: from the end's year, else from context. */
function startYear(endYear: string | undefined, wraps: boolean, infer: () => number): number {
  if (endYear) return Number(endYear) - (wraps ? 1 : 0);
  return infer();
}
