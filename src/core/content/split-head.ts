import { alternation } from '../text/boundaries.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, wordStarts } from './line-tools.js';
import { compileWithMonths } from './month-words.js';
import { lineKey } from './repeats.js';

const DIGIT = '[0-9०-९]';
const WORD = '[\\p{Script=Devanagari}\\u200C\\u200D]+';
/** Words that open a two-word place name (`नई दिल्ली`), so a dateline found mid-line starts before them. */
const PLACE_OPENERS = ['नई', 'नयी', 'न्यू', 'पूर्वी', 'पश्चिमी', 'उत्तरी', 'दक्षिणी'];

/**
 * Pages saved as one long line: the headline cannot be found by line breaks. The head of such a
 * line (its text before the first sentence end) is split where page structure shows through:
 * a headline printed twice (`T T …`), a date stamp (`Updated: 14 Mar 2024, 10:32 AM IST`, kept as
 * its own line for the furniture step) and a dateline with a date or an agency
 * (`… पटना, 14 मार्च (भाषा)। …`). Lines that are short already are left alone.
 */
export function createHeadSplitter(data: CleaningData, months: string, startsWithDateline: (line: string) => boolean): (lines: string[]) => string[] {
  const { minWords, maxWords } = data.title;
  const stamps = compileWithMonths(data.title.stamps.filter((s) => !s.startsWith('^')), 'giu', months);
  const agency = alternation(data.agencies);
  const openers = alternation(PLACE_OPENERS);
  const date = `${DIGIT}{1,2}\\s+(?:${months})|(?:${months})\\.?\\s+${DIGIT}{1,2}`;
  const bracket = agency ? `\\(\\s*(?:${agency})` : '(?!)';
  const [dateline] = compileAll([`(?<=\\s)(?:(?:${openers})\\s+)?${WORD}\\s*(?:,\\s*(?:${date})|${bracket})`], 'gu');

  // a stamp runs on over its date, time and zone (`14 Mar 2024, 10:32 AM IST`)
  const stampTail = new RegExp(`^(?:[\\s,|]*(?:${DIGIT}{1,4}(?::${DIGIT}{2})?|${months}|AM|PM|IST|GMT|UTC|hrs|बजे)(?![\\p{L}\\p{M}]))*`, 'iu');
  const stampEnd = (line: string, from: number): number => from + (stampTail.exec(line.slice(from))?.[0].length ?? 0);

  const repeatAt = (words: string[], from: number): number => {
    for (let k = minWords; k <= maxWords && 2 * k <= words.length - from; k++) {
      if (lineKey(words.slice(from, from + k).join(' ')) === lineKey(words.slice(from + k, from + 2 * k).join(' '))) return k;
    }
    return 0;
  };

  const firstMatch = (regexes: RegExp[], text: string): RegExpExecArray | null => {
    let best: RegExpExecArray | null = null;
    for (const r of regexes) {
      r.lastIndex = 0;
      const m = r.exec(text);
      if (m && m.index > 0 && (best === null || m.index < best.index)) best = m;
    }
    return best;
  };

  /** The head of a line with no repeated headline at its start: split at a stamp or a dateline. */
  const splitOnce = (line: string): string[] => {
    const sentenceEnd = line.search(/[।॥?!](?:\s|$)|\.\s/u);
    const head = sentenceEnd < 0 ? line : line.slice(0, sentenceEnd);
    const stamp = firstMatch(stamps, head);
    const place = dateline ? firstMatch([dateline], head) : null;
    if (stamp && (place === null || stamp.index <= place.index)) {
      const end = stampEnd(line, stamp.index + stamp[0].length);
      return [line.slice(0, stamp.index), line.slice(stamp.index, end), line.slice(end)].map(squeeze);
    }
    if (place) return [line.slice(0, place.index), line.slice(place.index)].map(squeeze);
    return [line];
  };

  /**
   * Splits off repeated headlines (`T T …`) one pair at a time, then the head of what is left.
   * Linear in the line: words and word starts are found once, the rest is addressed by offset
   * (re-splitting the rest after every pair was quadratic on a line of repeats).
   */
  const split = (line: string): string[] => {
    const words = line.split(' ');
    const starts = wordStarts(line);
    const out: string[] = [];
    let i = 0; // first word of the rest
    let at = 0; // its offset in `line`
    let w = 0; // first entry of `starts` at or after `at`
    for (;;) {
      const rest = i === 0 ? line : line.slice(at);
      while (w < starts.length && (starts[w] ?? 0) < at) w++;
      if (starts.length - w <= maxWords || startsWithDateline(rest)) return [...out, rest];
      const k = repeatAt(words, i);
      if (k === 0) return [...out, ...splitOnce(rest)];
      out.push(words.slice(i, i + k).join(' '), words.slice(i + k, i + 2 * k).join(' '));
      for (let j = i; j < i + 2 * k; j++) at += (words[j] ?? '').length + 1;
      i += 2 * k;
    }
  };

  return (lines) => {
    const first = lines.findIndex((l) => l !== '');
    const line = lines[first];
    if (line === undefined) return lines;
    return [...lines.slice(0, first), ...split(line), ...lines.slice(first + 1)];
  };
}

