import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate } from './candidate.js';
import { YEAR, type DateLexicon } from './lexicon.js';
import { formatDay, isValidDay } from './resolve.js';
import { yearForDay } from './yearless.js';

/**
 * Days written in words before a month name: `नौ मई` (a dateline: `कोलकाता, नौ मई (भाषा)`),
 * `एक मार्च से`, `पहली जनवरी 2024`. A month name that is also a common word (मार्च) needs a year,
 * a postposition (को, से, तक) or punctuation after it: `एक मार्च निकाला` is a protest march.
 */
export function createDayWordFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { dayWords, monthContext } = lex.data;
  const days = new Map(Object.entries(dayWords).map(([w, n]) => [foldKey(w), n] as const));
  const ambiguous = lex.set(monthContext.ambiguous);
  const pattern = new RegExp(
    `(?<w>${lex.words([...days.keys()])})\\s+(?<m>${lex.hindiMonth})(?:,?\\s*(?<y>${YEAR}))?`,
    'gu',
  );
  const closer = new RegExp(`^\\s*(?:${lex.words(monthContext.monthDayAfter)}|[,।|()]|$)`, 'u');
  // `एक और दो मार्च`: the leading day of two coordinated days in words (the last one is found by `pattern`); a comma
  // alone joins two days that follow each other (`चार, पांच जनवरी`), not any two words (`दस, पांच जनवरी को`)
  const coordinated = new RegExp(`(?<lead>${lex.words([...days.keys()])})(?:\\s+(?:${lex.words(['और', 'व', 'तथा', 'एवं'])})|(?<comma>\\s*,))\\s+(?=(?<w>${lex.words([...days.keys()])})\\s+(?<m>${lex.hindiMonth}))`, 'gu');
  return (text) => {
    const out: Candidate[] = [];
    for (const match of text.matchAll(coordinated)) {
      const g = match.groups ?? {};
      const [d1, d2, m] = [days.get(foldKey(g.lead ?? '')), days.get(foldKey(g.w ?? '')), lex.monthOf(g.m)];
      if (d1 === undefined || d2 === undefined || m === undefined || d1 >= d2 || !isValidDay(2024, m, d1)) continue;
      if (g.comma !== undefined && d2 !== d1 + 1) continue;
      const end = (match.index ?? 0) + match[0].length + (g.w ?? '').length + 1 + (g.m ?? '').length;
      if (ambiguous.has(g.m ?? '') && !closer.test(text.slice(end))) continue;
      const start = match.index ?? 0;
      out.push({ start, end: start + (g.lead ?? '').length, resolve: (env) => ({ value: formatDay({ y: yearForDay(m, d1, env), m, d: d1 }), granularity: 'day', kind: 'inferred' }) });
    }
    for (const match of text.matchAll(pattern)) {
      const g = match.groups ?? {};
      const d = days.get(foldKey(g.w ?? ''));
      const m = lex.monthOf(g.m);
      if (d === undefined || m === undefined || !isValidDay(2024, m, d)) continue;
      const end = (match.index ?? 0) + match[0].length;
      if (g.y === undefined && ambiguous.has(g.m ?? '') && !closer.test(text.slice(end))) continue;
      const printed = g.y === undefined ? undefined : Number(g.y);
      out.push(
        at(match, (env) => {
          const y = printed ?? yearForDay(m, d, env);
          if (!isValidDay(y, m, d)) return null;
          return { value: formatDay({ y, m, d }), granularity: 'day', kind: printed === undefined ? 'inferred' : 'absolute' };
        }),
      );
    }
    return out;
  };
}
