import type { Candidate, ResolveEnv } from './candidate.js';
import { DAY, literalAlternation, ORDINAL, YEAR, type DateLexicon } from './lexicon.js';
import { formatDay, formatYear, isValidDay } from './resolve.js';
import { yearForDay } from './yearless.js';
import { createYearContext } from './years.js';

/** At most this many days or years before the last one of a list (1, 2, 3, 4 और 5 मार्च). */
const MAX_LEADING = 6;

/**
 * Coordinated days and years, each its own fact with its own span: `9 और 10 मार्च` (9 is 9 March),
 * `9, 10 और 11 मार्च`, `31 जुलाई और 2 अगस्त 2023` (31 July takes the printed 2023), `2019 और 2024 में`.
 * Only the leading members are emitted here; the last one is found by its own family. A list must end
 * with a coordinating word (और, व) or have three members joined by commas (`10, 14, 20 फरवरी`), so
 * that a comma alone between two (`25, 10 मार्च`) joins nothing. Like the
 * refiners of chrono, a leading member borrows what it lacks (month, year) from the last one.
 */
export function createCoordinatedFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const all = lex.data.coordinators;
  const marks = all.filter((c) => !/\p{L}/u.test(c) && c !== ',');
  const words = all.filter((c) => /\p{L}/u.test(c));
  const conj = `(?:\\s*,?\\s*(?:${lex.words(words)}|${literalAlternation(marks)})\\s*)`;
  const comma = '\\s*,\\s*';
  const D = `${DAY}${ORDINAL}`;
  const M = `(?<m>${lex.month})`;
  const days = new RegExp(
    `(?<lead>${D}(?:${comma}${D}){0,${MAX_LEADING - 1}})${conj}(?<d>${DAY})${ORDINAL}\\s*${M}(?:,?\\s*(?<y>${YEAR}))?`,
    'gu',
  );
  // a list joined by commas alone: three members (10, 14, 20 फरवरी), or two days in a row (4, 5 जनवरी)
  const commaDays = new RegExp(
    `(?<lead>${D}(?:${comma}${D}){0,${MAX_LEADING - 1}})${comma}(?<d>${DAY})${ORDINAL}\\s*${M}(?:,?\\s*(?<y>${YEAR}))?`,
    'gu',
  );
  /** Two days and a comma alone between them (`4, 5 जनवरी`): they must follow each other. */
  const pair = new RegExp(`^${D}${comma}${DAY}${ORDINAL}\\s*${lex.month}`, 'u');
  const datedLead = new RegExp(
    `(?<d1>${DAY})${ORDINAL}\\s*(?<m1>${lex.month})${conj}(?<d>${DAY})${ORDINAL}\\s*${M},?\\s*(?<y>${YEAR})`,
    'gu',
  );
  const years = new RegExp(`(?<lead>${YEAR}(?:${comma}${YEAR}){0,${MAX_LEADING - 1}})${conj}(?<y>${YEAR})`, 'gu');
  const notAfter = new RegExp(`(?:${lex.words(lex.data.years.notAfterWords)})\\s*$`, 'u');
  const context = createYearContext(lex);
  const { min, max } = lex.data.years;
  const members = (lead: string, offset: number): { n: number; start: number; end: number }[] =>
    [...lead.matchAll(/\p{N}+/gu)].map((m) => {
      const start = offset + (m.index ?? 0);
      return { n: Number(m[0]), start, end: start + m[0].length };
    });

  return (text) => {
    const out: Candidate[] = [];
    for (const match of [...text.matchAll(days), ...text.matchAll(commaDays)]) {
      const g = match.groups ?? {};
      const m = lex.monthOf(g.m);
      const head = Number(g.d);
      const start = match.index ?? 0;
      if (m === undefined || g.lead === undefined || notAfter.test(text.slice(0, start))) continue;
      const lead = members(g.lead, start);
      const ascending = [...lead.map((x) => x.n), head].every((n, i, list) => i === 0 || n > (list[i - 1] as number));
      if (!ascending || !isValidDay(2024, m, head)) continue;
      // two days joined by a comma alone only when they follow each other (`4, 5 जनवरी`; `25, 10 मार्च` joins nothing)
      if (pair.test(match[0]) && lead.length === 1 && lead[0]?.n !== head - 1) continue;
      const printed = g.y === undefined ? undefined : Number(g.y);
      for (const { n, start: s, end } of lead) {
        out.push({
          start: s,
          end,
          resolve: (env: ResolveEnv) => {
            const y = printed ?? yearForDay(m, head, env);
            if (!isValidDay(y, m, n)) return null;
            return { value: formatDay({ y, m, d: n }), granularity: 'day', kind: printed ? 'absolute' : 'inferred' };
          },
        });
      }
    }
    for (const match of text.matchAll(datedLead)) {
      const g = match.groups ?? {};
      const [m1, m] = [lex.monthOf(g.m1), lex.monthOf(g.m)];
      const [d1, y] = [Number(g.d1), Number(g.y)];
      if (m1 === undefined || m === undefined || m1 > m || !isValidDay(y, m1, d1) || !isValidDay(y, m, Number(g.d))) continue;
      const start = match.index ?? 0;
      const span = spanOfFirstDate(match[0], g.m1 ?? '');
      if (span <= 0) continue;
      const value = formatDay({ y, m: m1, d: d1 });
      out.push({ start, end: start + span, priority: 1, resolve: () => ({ value, granularity: 'day', kind: 'absolute' }) });
    }
    for (const match of text.matchAll(years)) {
      const g = match.groups ?? {};
      const start = match.index ?? 0;
      const head = Number(g.y);
      const headStart = start + match[0].length - (g.y ?? '').length;
      if (g.lead === undefined || head < min || head > max) continue;
      if (!context(text, headStart, headStart + 4, [head]) || notAfter.test(text.slice(0, start))) continue;
      for (const { n, start: s, end } of members(g.lead, start)) {
        if (n < min || n > max) continue;
        const value = formatYear(n);
        out.push({ start: s, end, resolve: () => ({ value, granularity: 'year', kind: 'absolute' }) });
      }
    }
    return out;
  };
}

/** Length of `<day> <month>` at the start of a match (the month as matched, a trailing `.` kept). */
function spanOfFirstDate(match: string, month: string): number {
  const at = match.indexOf(month);
  return at < 0 ? -1 : at + month.length;
}
