import { at, type Candidate } from './candidate.js';
import { YEAR, type DateLexicon } from './lexicon.js';
import { formatMonth } from './resolve.js';
import { yearForMonth } from './yearless.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

/**
 * Months: `जुलाई 2000`, `सितंबर, 2023`, `June 2024`, and bare Hindi month names in month context
 * (`जनवरी में`, `जून तक`, `मई के अंत`), whose year is inferred. A bare month needs a context word so
 * that `मार्च` the protest march is not a date, and no number before it (`31 जून` is no date at all).
 */
export function createMonthYearFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const ctx = lex.data.monthContext;
  const monthYear = new RegExp(`(?<m>${lex.month}),?\\s*(?<y>${YEAR})`, 'gu');
  const qualifiers = lex.words(ctx.qualifiers);
  const after = lex.words(ctx.after);
  const bare = new RegExp(`(?<!\\p{N}\\s{0,3})(?<m>${lex.hindiMonth})(?:\\s+(?<q>${qualifiers})|(?=\\s*(?:${after})))`, 'gu');
  return (text) => {
    const out: Candidate[] = [];
    for (const match of text.matchAll(monthYear)) {
      const m = lex.monthOf(match.groups?.m);
      const y = Number(match.groups?.y);
      if (m === undefined || y < MIN_YEAR || y > MAX_YEAR) continue;
      const value = formatMonth(y, m);
      out.push(at(match, () => ({ value, granularity: 'month', kind: 'absolute' })));
    }
    for (const match of text.matchAll(bare)) {
      const m = lex.monthOf(match.groups?.m);
      if (m === undefined) continue;
      out.push(at(match, (env) => ({ value: formatMonth(yearForMonth(m, env), m), granularity: 'month', kind: 'inferred' })));
    }
    return out;
  };
}
