import { at, type Candidate } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { formatYear } from './resolve.js';

/** Two-digit decades from this one up are of the 1900s (`90 के दशक`); lower ones are ambiguous. */
const FIRST_SHORT_DECADE = 30;

/**
 * Decades, as a range of ten years: `1990 के दशक`, `2010 का दशक`, `90 के दशक` (the 1990s), `1990s`.
 * Only round tens: `1995 के दशक` is not a decade.
 */
export function createDecadeFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { decades, years } = lex.data;
  const hindi = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}]|\\p{N}[.,:/-])(?<y>\\d{4}|\\d{2})\\s*(?:${lex.words(decades.links)})\\s*(?:${lex.words(decades.words)})`,
    'gu',
  );
  const latin = /(?<![\p{L}\p{M}\p{N}])(?<y>\d{4})'?s(?![\p{L}\p{M}\p{N}])/gu;
  return (text) => {
    const out: Candidate[] = [];
    for (const match of [...text.matchAll(hindi), ...text.matchAll(latin)]) {
      const digits = match.groups?.y ?? '';
      const n = Number(digits);
      const start = digits.length === 4 ? n : n >= FIRST_SHORT_DECADE ? 1900 + n : Number.NaN;
      if (!(start % 10 === 0) || start < years.min || start + 9 > years.max) continue;
      const [value, end] = [formatYear(start), formatYear(start + 9)];
      out.push(at(match, () => ({ value, end, granularity: 'year', kind: 'absolute' })));
    }
    return out;
  };
}
