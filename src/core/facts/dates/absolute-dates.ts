import { at, type Candidate } from './candidate.js';
import { DAY, ORDINAL, YEAR, type DateLexicon } from './lexicon.js';
import { formatDay, isValidDay } from './resolve.js';
import { yearForDay } from './yearless.js';

/** A day glued to its month (`13जून`), and the characters before it read for an id's word. */
const GLUED = /\p{N}[\p{L}]/u;
const ID_REACH = 20;

/** Years a fully printed day may carry. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

/**
 * Days with a month name or in numbers: `13 सितंबर, 2023`, `June 19, 2024`, `मार्च 5, 2024`,
 * `2024-06-18`, `18/06/2024` (Indian day/month/year order; US `03/14/2024` only when no day-first
 * reading exists), and yearless `19 जून`, `Jan 5`, `जून 21 को` (year inferred from context).
 */
export function createAbsoluteDateFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const M = `(?<m>${lex.month})`;
  const dayMonthYear = new RegExp(`(?<d>${DAY})${ORDINAL}\\s*${M},?\\s*(?<y>${YEAR})`, 'gu');
  // 08-Apr-2017, 8/Apr/2017
  const stamp = new RegExp(`(?<d>${DAY})(?<s>[-/.])${M}\\k<s>(?<y>${YEAR})`, 'gu');
  const monthDayYear = new RegExp(`${M}\\s*(?<d>${DAY})${ORDINAL},?\\s*(?<y>${YEAR})`, 'gu');
  const iso = /(?<!\p{N}|\p{N}[-/.])(?<y>\d{4})(?<s>[-/])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\p{N}|[-/.:]\p{N})/gu;
  const numeric = /(?<!\p{N}|\p{N}[-/.])(?<d>\d{1,2})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?!\p{N}|[-/.]\p{N})/gu;
  // a year in two digits before a case marker or a stop (`26 सितंबर 19 को`: 2019), never a count (`26 सितंबर 19 लोगों`)
  const shortYear = new RegExp(`(?<d>${DAY})${ORDINAL}\\s*${M},?\\s*'?(?<yy>\\d{2})(?!\\p{N})(?=\\s*(?:${lex.words(lex.data.monthContext.shortYearBefore)})(?![\\p{L}\\p{M}]))`, 'gu');
  const dayMonth = new RegExp(`(?<d>${DAY})${ORDINAL}\\s*${M}`, 'gu');
  const latinMonthDay = new RegExp(`${M}\\s*(?<d>${DAY})${ORDINAL}`, 'gu');
  const closers = lex.words(lex.data.monthContext.monthDayAfter);
  const idBefore = new RegExp(`(?:${lex.words(lex.data.years.idWords)})\\s*$`, 'u');
  const hindiMonthDay = new RegExp(`(?<m>${lex.hindiMonth})\\s*(?<d>${DAY})(?=\\s*(?:${closers}|[,।|)]|$))`, 'gu');

  return (text) => {
    const out: Candidate[] = [];
    const full = (match: RegExpMatchArray, m: number | undefined, d = Number(match.groups?.d)): void => {
      const y = Number(match.groups?.y);
      if (m === undefined || y < MIN_YEAR || y > MAX_YEAR || !isValidDay(y, m, d)) return;
      const value = formatDay({ y, m, d });
      out.push(at(match, () => ({ value, granularity: 'day', kind: 'absolute' })));
    };
    for (const match of text.matchAll(dayMonthYear)) full(match, lex.monthOf(match.groups?.m));
    for (const match of text.matchAll(stamp)) full(match, lex.monthOf(match.groups?.m));
    for (const match of text.matchAll(monthDayYear)) full(match, lex.monthOf(match.groups?.m));
    for (const match of text.matchAll(iso)) full(match, Number(match.groups?.m));
    for (const match of text.matchAll(shortYear)) {
      const [m, d, yy] = [lex.monthOf(match.groups?.m), Number(match.groups?.d), Number(match.groups?.yy)];
      if (m === undefined || !isValidDay(2024, m, d)) continue;
      // the century that puts the year nearest to publication ('98 in 2020 is 1998, 25 is 2025)
      out.push(at(match, (env) => {
        const century = Math.floor(env.published.y / 100) * 100;
        const y = [century - 100, century, century + 100].map((c) => c + yy).reduce((a, b) => (Math.abs(b - env.published.y) < Math.abs(a - env.published.y) ? b : a));
        return isValidDay(y, m, d) ? { value: formatDay({ y, m, d }), granularity: 'day', kind: 'absolute' } : null;
      }));
    }
    for (const match of text.matchAll(numeric)) {
      const [d, m] = [Number(match.groups?.d), Number(match.groups?.m)];
      // US order (03/14/2024) only when the day-first reading is impossible and the other one is not
      if (m > 12 && d <= 12 && match.groups?.s === '/') full(match, d, m);
      else full(match, m);
    }
    const yearless = (match: RegExpMatchArray): void => {
      const m = lex.monthOf(match.groups?.m);
      const d = Number(match.groups?.d);
      if (m === undefined || !isValidDay(2024, m, d)) return;
      out.push(
        at(match, (env) => {
          const y = yearForDay(m, d, env);
          return isValidDay(y, m, d) ? { value: formatDay({ y, m, d }), granularity: 'day', kind: 'inferred' } : null;
        }),
      );
    };
    for (const match of text.matchAll(dayMonth)) yearless(match);
    for (const match of text.matchAll(latinMonthDay)) if (lex.isLatin(match.groups?.m)) yearless(match);
    for (const match of text.matchAll(hindiMonthDay)) yearless(match);
    // a figure glued to a month after an id's word is the id (`ट्रेन संख्या 12मई`), not a day
    return out.filter((c) => !(GLUED.test(text.slice(c.start, c.end)) && idBefore.test(text.slice(Math.max(0, c.start - ID_REACH), c.start))));
  };
}
