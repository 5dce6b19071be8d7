import type { LiveEntry } from '../types.js';
import type { CleaningData } from './cleaning-data.js';
import { squeeze, wordCount } from './line-tools.js';
import { compileWithMonths } from './month-words.js';

/** Private-use marks that carry an entry's number through the cleaning steps: `\uE000<n>\uE001 text`. */
const OPEN = '\uE000';
/** A line starting with this is a live-blog entry (never glued to the line before). */
export const ENTRY_MARK = OPEN;
const CLOSE = '\uE001';
const MARK = /^\uE000(\d+)\uE001\s*/u;
const SEPARATOR = '\\s*(?:[:：|\\-–—]\\s*)?';

/** Marks live-blog entries in raw lines and reads them back from the finished body. */
export interface LiveEntryMarker {
  /** Splits lines before mid-line timestamps and marks every line that starts with one. */
  mark: (lines: string[]) => { lines: string[]; stamps: string[] };
  /** Removes the marks from body paragraphs and lists the entries by paragraph index. */
  collect: (paragraphs: string[], stamps: readonly string[]) => { paragraphs: string[]; entries: LiveEntry[] };
  /** True for a line that starts an entry (the joiner never glues it to the line before). */
  isMarked: (line: string) => boolean;
}

/**
 * Live blogs: a timestamp at a line start, or right after a sentence end inside a line, starts a new
 * paragraph (`10:45 AM: …`, `अपडेट 14:32 …`, `12 मार्च 2024, 09:15 IST …`). The stamp is taken out
 * of the text and returned as the entry's date text. A line holding only a stamp dates the next line
 * when the page has at least two such lines (a lone stamp line is a page stamp, left to the furniture).
 */
export function createLiveEntryMarker(data: CleaningData, months: string): LiveEntryMarker {
  const stamp = data.liveStamps.map((s) => s.replaceAll('{month}', months)).join('|');
  const [atStart, inside] = stamp
    ? compileWithMonths([`^(?:${stamp})(?![\\p{L}\\p{N}])${SEPARATOR}`, `(?<=[।॥?!.]["'”’)]*\\s+)(?:${stamp})(?![\\p{L}\\p{N}])`], 'gu', months)
    : [];

  const split = (line: string): string[] => {
    if (!inside) return [line];
    inside.lastIndex = 0;
    const cuts = [...line.matchAll(inside)].map((m) => m.index);
    if (cuts.length === 0) return [line];
    const parts: string[] = [];
    let from = 0;
    for (const cut of cuts) {
      parts.push(line.slice(from, cut));
      from = cut;
    }
    parts.push(line.slice(from));
    return parts.map(squeeze).filter((p) => p !== '');
  };

  const mark: LiveEntryMarker['mark'] = (lines) => {
    if (!atStart) return { lines, stamps: [] };
    const split_ = lines.flatMap((l) => (l === '' ? [l] : split(l)));
    const stamps: string[] = [];
    const stampOf = (line: string): RegExpExecArray | null => {
      atStart.lastIndex = 0;
      return atStart.exec(line);
    };
    const bare = split_.filter((l) => {
      const m = stampOf(l);
      return m !== null && m[0].length === l.length;
    }).length;
    const out: string[] = [];
    let pending: string | null = null;
    for (const line of split_) {
      if (line === '') {
        out.push(line);
        continue;
      }
      const m = stampOf(line);
      if (m && m[0].length === line.length) {
        if (bare >= 2) {
          pending = squeeze(m[0].replace(/[:：|\-–—\s]+$/u, ''));
          continue;
        }
        out.push(line);
        continue;
      }
      const text = m ? line.slice(m[0].length) : line;
      const found = m ? squeeze(m[0].replace(/[:：|\-–—\s]+$/u, '')) : pending;
      pending = null;
      if (found !== null && wordCount(text) >= 2) {
        out.push(`${OPEN}${stamps.length}${CLOSE} ${text}`);
        stamps.push(found);
      } else out.push(line);
    }
    return { lines: out, stamps };
  };

  const collect: LiveEntryMarker['collect'] = (paragraphs, stamps) => {
    const entries: LiveEntry[] = [];
    const out = paragraphs.map((p, i) => {
      const m = MARK.exec(p);
      if (!m) return p.replace(/\uE000\d+\uE001\s*/gu, '');
      const found = stamps[Number(m[1])];
      if (found !== undefined) entries.push({ paragraph: i, stamp: found });
      return p.slice(m[0].length);
    });
    return { paragraphs: out, entries };
  };

  return { mark, collect, isMarked: (line) => MARK.test(line) };
}
