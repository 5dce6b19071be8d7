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
 * Names that are also common words (config `ambiguous`: मार्च) are stricter: not after a genitive or
 * an adjective (`कांग्रेस के मार्च में`, `पैदल मार्च`), not before a march verb, never with only को.
 */
export function createMonthYearFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const ctx = lex.data.monthContext;
  const monthYear = new RegExp(`(?<m>${lex.month}),?\\s*(?<y>${YEAR})`, 'gu');
  const qualifiers = lex.words(ctx.qualifiers);
  const after = lex.words(ctx.after);
  const bare = new RegExp(`(?<!\\p{N}\\s{0,3})(?<m>${lex.hindiMonth})(?:\\s+(?<q>${qualifiers})|(?=\\s*(?:${after})))`, 'gu');
  const ambiguous = lex.set(ctx.ambiguous);
  const notBefore = new RegExp(`(?:${lex.words(ctx.ambiguousNotBefore)})\\s*$`, 'u');
  const notAfter = new RegExp(`^\\s*(?:${lex.words(ctx.ambiguousNotAfter)})`, 'u');
  const onlyKo = new RegExp(`^\\s*(?:${lex.words(['को'])})`, 'u');
  /** `मार्च` the protest: a genitive or an adjective before it, a march verb or only को after it. */
  const isCommonWord = (text: string, match: RegExpMatchArray): boolean => {
    if (!ambiguous.has(match.groups?.m ?? '')) return false;
    const start = match.index ?? 0;
    const rest = text.slice(start + (match.groups?.m ?? '').length);
    return notBefore.test(text.slice(0, start)) || notAfter.test(rest) || (match.groups?.q === undefined && onlyKo.test(rest));
  };
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
      if (m === undefined || isCommonWord(text, match)) continue;
      out.push(at(match, (env) => ({ value: formatMonth(yearForMonth(m, env), m), granularity: 'month', kind: 'inferred' })));
    }
    return out;
  };
}
