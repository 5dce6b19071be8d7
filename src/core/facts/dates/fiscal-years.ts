import { NOT_BEFORE } from '../../text/boundaries.js';
import { at, type Candidate, type Resolution } from './candidate.js';
import { literalAlternation, type DateLexicon } from './lexicon.js';
import { foldKey } from '../../text/devanagari.js';
import { addMonths, formatMonth, formatYear } from './resolve.js';

/** The month a fiscal year starts in. */
const APRIL = 4;
/** Two-digit years below this are 20xx, the others 19xx (FY25 → 2025, FY99 → 1999). */
const CENTURY_PIVOT = 70;

/**
 * Fiscal years, April to March (month granularity): `वित्त वर्ष 2024-25`, `बजट 2024-25`, bare
 * `2024-25`, `FY25`, `FY 2024-25`, `वित्त वर्ष 25` and `वित्त वर्ष 2025` (named by the year they end
 * in, as Indian usage has it). Consecutive years written short (`2018-19`) in a sentence about a
 * season or a school year (सीजन, सत्र, सीरीज) stay a range of years; the range family leaves every
 * short consecutive pair to this one. A quarter narrows it: `Q4FY25`, `वित्त वर्ष 2024-25 की चौथी
 * तिमाही` (January to March 2025). Relative to publication: `पिछले/चालू/अगले वित्त वर्ष`.
 */
export function createFiscalYearFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { fiscal, years } = lex.data;
  const fiscalPrefix = literalAlternation(fiscal.prefixes);
  // a prefix may be glued to its digits (FY25), so only letters may not follow it
  const prefix = `${NOT_BEFORE}(?:${fiscalPrefix})(?![\\p{L}\\p{M}])`;
  const otherPrefix = lex.words(years.before);
  const quarterOf = new Map(fiscal.quarters.map((w, i) => [foldKey(w), i + 1] as const));
  // `… की चौथी तिमाही` after a fiscal year narrows it to that quarter
  const quarterSuffix = `(?:\\s+(?:${lex.words(['की', 'के'])})\\s+(?<qw>${lex.words(fiscal.quarters)})\\s+(?:${lex.words(fiscal.quarterWords)}))?`;
  const quarterPrefix = new RegExp(`${NOT_BEFORE}q(?<q>[1-4])\\s*[-']?\\s*(?:fy|एफवाई)\\s*'?(?<y>\\d{4}|\\d{2})(?!\\p{N})`, 'gu');
  const pair = new RegExp(
    `(?:(?<fp>${prefix})\\s*[-:']?\\s*|(?:${otherPrefix})\\s*)?(?<![\\p{N}]|\\p{N}[.,:/-])(?<y1>\\d{4})\\s*[-–—/]\\s*(?<y2>\\d{4}|\\d{2})(?!\\p{N}|[.,:/-]\\p{N})${quarterSuffix}`,
    'gu',
  );
  const single = new RegExp(`(?<fp>${prefix})\\s*[-:']?\\s*(?<y>\\d{4}|\\d{2})(?!\\p{N}|\\s*[-–—/]\\s*\\p{N}|[.,:]\\p{N})${quarterSuffix}`, 'gu');
  const season = new RegExp(lex.words(fiscal.seasonCues), 'u');
  const { min, max } = years;
  const code = new RegExp(`(?:${lex.words(years.notAfterWords)})\\s*$`, 'u');
  const quantity = new RegExp(`^\\s*(?:${lex.words([...years.magnitudes, ...years.comparators])})`, 'u');
  // `पिछले वित्त वर्ष`, `चालू वित्त वर्ष`, `अगले वित्त वर्ष`: the fiscal year of publication, shifted
  const { modifiers: mods } = lex.data;
  const offsets = new Map<string, number>();
  for (const [list, offset] of [[mods.current, 0], [mods.previous, -1], [mods.next, 1]] as const) for (const w of lex.set(list)) if (!offsets.has(w)) offsets.set(w, offset);
  const anchorBefore = new RegExp(`(?:${lex.words(mods.anchorPrefixes)})\\s*$`, 'u');
  // … की तीसरी तिमाही narrows it to a quarter; … की समान तिमाही is the quarter just reported (the
  // last one that ended before publication) in that fiscal year
  const sameQuarter = `(?:\\s+(?:${lex.words(['की', 'के'])})\\s+(?<same>${lex.words(fiscal.sameQuarter)})\\s+(?:${lex.words(fiscal.quarterWords)}))`;
  const relative = new RegExp(`(?<mod>${lex.words([...offsets.keys()])})\\s+(?:${fiscalPrefix})(?![\\p{L}\\p{M}]|\\s*[-:']?\\s*\\p{N})(?:${sameQuarter}|${quarterSuffix})`, 'gu');

  return (text) => {
    const out: Candidate[] = [];
    const aboutSeasons = season.test(text);
    for (const match of text.matchAll(pair)) {
      const g = match.groups ?? {};
      const y1 = Number(g.y1);
      const short = (g.y2 ?? '').length === 2;
      const y2 = short ? Math.floor(y1 / 100) * 100 + Number(g.y2) + (Number(g.y2) < y1 % 100 ? 100 : 0) : Number(g.y2);
      if (y2 !== y1 + 1 || y1 < min || y2 > max) continue;
      const q = quarterOf.get(foldKey(g.qw ?? ''));
      if (g.fp !== undefined || (short && q !== undefined)) out.push(at(match, () => fiscalYear(y1, q)));
      else if (short) {
        const start = match.index ?? 0;
        if (code.test(text.slice(0, start)) || quantity.test(text.slice(start + match[0].length))) continue;
        const resolution: Resolution = aboutSeasons
          ? { value: formatYear(y1), end: formatYear(y2), granularity: 'year', kind: 'absolute' }
          : fiscalYear(y1);
        out.push(at(match, () => resolution));
      }
    }
    for (const match of text.matchAll(single)) {
      const digits = match.groups?.y ?? '';
      const endYear = fullYear(digits);
      if (endYear - 1 < min || endYear > max) continue;
      const q = quarterOf.get(foldKey(match.groups?.qw ?? ''));
      out.push(at(match, () => fiscalYear(endYear - 1, q)));
    }
    for (const match of text.matchAll(relative)) {
      // उसके अगले वित्त वर्ष counts from a year named before it, not from publication: left out
      if (anchorBefore.test(text.slice(0, match.index ?? 0))) continue;
      const offset = offsets.get(foldKey(match.groups?.mod ?? '').replace(/\s+/g, ' '));
      if (offset === undefined) continue;
      const q = quarterOf.get(foldKey(match.groups?.qw ?? ''));
      const same = match.groups?.same !== undefined;
      out.push(at(match, ({ published: { y, m } }) => {
        const start = (m >= APRIL ? y : y - 1) + offset;
        if (!same) return fiscalYear(start, q);
        // the quarter just reported is the last to end before publication (in the fiscal year before
        // when publication falls in April to June)
        const current = quarterOfMonth(m);
        return fiscalYear(start - (current === 1 ? 1 : 0), current === 1 ? 4 : current - 1);
      }));
    }
    for (const match of text.matchAll(quarterPrefix)) {
      const endYear = fullYear(match.groups?.y ?? '');
      if (endYear - 1 < min || endYear > max) continue;
      const q = Number(match.groups?.q);
      out.push(at(match, () => fiscalYear(endYear - 1, q)));
    }
    return out;
  };
}

/** The fiscal year starting in April of `start`, or its quarter `q` (1: April to June … 4: January to March). */
function fiscalYear(start: number, q?: number): Resolution {
  if (q === undefined) return { value: formatMonth(start, 4), end: formatMonth(start + 1, 3), granularity: 'month', kind: 'absolute' };
  const first = addMonths(start, 4, 3 * (q - 1));
  const last = addMonths(first.y, first.m, 2);
  return { value: formatMonth(first.y, first.m), end: formatMonth(last.y, last.m), granularity: 'month', kind: 'absolute' };
}

/** The fiscal quarter (1: April to June … 4: January to March) a month falls in. */
function quarterOfMonth(m: number): number {
  return Math.floor(((m - APRIL + 12) % 12) / 3) + 1;
}

/** A year written with four digits, or two (FY25 → 2025, FY99 → 1999). */
function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n + (n < CENTURY_PIVOT ? 2000 : 1900);
}
