import { NOT_BEFORE } from '../../text/boundaries.js';
import { at, type Candidate } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { fold } from '../../text/devanagari.js';
import type { Resolution } from './candidate.js';
import { addMonths, formatMonth } from './resolve.js';

/**
 * A quarter named by the month it ends in, as results news writes it: `दिसंबर तिमाही` is October to
 * December, `जून क्वार्टर` April to June, `मार्च में समाप्त चौथी तिमाही` January to March. With no year it is the latest such quarter that had begun
 * by publication (a report of February 2024 speaks of October–December 2023). A printed year after
 * the month (`दिसंबर 2023 तिमाही`, `31 मार्च, 2023 को समाप्त तिमाही`) is the year it ends in.
 */
export function createQuarterFinder(lex: DateLexicon): (text: string) => Candidate[] {
  // the end of a month range is the range's (जुलाई-सितंबर तिमाही is read by the range family)
  const rangeEnd = `(?<!(?:${lex.month})\\s*(?:${lex.joiner})\\s*)`;
  // `दिसंबर तिमाही`, and `मार्च में समाप्त (चौथी) तिमाही` (the quarter that ended in March)
  // (with its last day and year: `31 मार्च, 2023 को समाप्त तिमाही`)
  const ended = `(?:\\s+(?:(?:में|को)\\s+)?(?:${lex.words(lex.data.fiscal.quarterEnded)})(?:\\s+(?:${lex.words(lex.data.fiscal.quarters)}))?)?`;
  const day = `(?:(?<![\\p{N}])(?:30|31)\\s+)?`;
  const year = `(?:,?\\s*(?<y>\\d{4}))?`;
  // the lookahead lets the range-end lookbehind run only where a month begins (it scans back over
  // spaces: run at every position, a long run of blanks cost time quadratic in its length)
  const quarter = new RegExp(`${NOT_BEFORE}(?=${day}(?:${lex.month}))${rangeEnd}${day}(?<m>${lex.month})${year}${ended}\\s+(?:${lex.words(lex.data.fiscal.quarterWords)})`, 'gu');
  // `दूसरी तिमाही में लाभ बढ़ा`: a fiscal quarter by its ordinal alone (तिमाही only: a match's quarter is क्वार्टर)
  const ordinals = lex.data.fiscal.quarters.map((w) => fold(w).text);
  const results = new RegExp(`(?<![\\p{L}\\p{M}])(?:${lex.words(lex.data.fiscal.resultsCues)})(?![\\p{L}\\p{M}])`, 'u');
  const bare = new RegExp(`${NOT_BEFORE}(?<q>${lex.words(lex.data.fiscal.quarters)})\\s+(?:${lex.words(lex.data.fiscal.ordinalQuarterWords)})(?![\\p{L}\\p{M}])`, 'gu');
  return (text) => {
    const out: Candidate[] = [];
    for (const match of text.matchAll(quarter)) {
      const last = lex.monthOf(match.groups?.m);
      // quarters end in March, June, September and December
      if (last === undefined || last % 3 !== 0) continue;
      const printed = match.groups?.y === undefined ? null : Number(match.groups.y);
      out.push(at(match, ({ published }) => latestBegun(published, last, printed)));
    }
    const accounts = results.test(text);
    for (const match of text.matchAll(bare)) {
      const q = ordinals.indexOf(fold(match.groups?.q ?? '').text) + 1;
      if (q < 1 || !accounts) continue;
      // the fiscal quarter q (1: April to June … 4: January to March) ends in month 3q + 3 of the calendar
      const last = ((3 * q + 2) % 12) + 1;
      out.push(at(match, ({ published, tense }) => (tense() === 'future' ? null : latestBegun(published, last, null))));
    }
    return out;
  };
}

/** The quarter ending in month `last`: of the printed year, else the latest that had begun by publication. */
function latestBegun(published: { y: number; m: number }, last: number, printed: number | null): Resolution {
  const sameYear = addMonths(published.y, last, -2);
  const begun = sameYear.y * 12 + sameYear.m <= published.y * 12 + published.m;
  const endYear = printed ?? (begun ? published.y : published.y - 1);
  const first = addMonths(endYear, last, -2);
  return { value: formatMonth(first.y, first.m), end: formatMonth(endYear, last), granularity: 'month', kind: 'inferred' };
}
