import type { CleaningData } from './cleaning-data.js';
import { endsSentence, wordCount } from './line-tools.js';
import { ENTRY_MARK } from './live-entries.js';

/** At most this many blank lines may sit inside a broken sentence. */
const MAX_GAP = 1;

/**
 * Re-joins sentences broken across lines where links were removed
 * (`…राज्य समाचार एजेंसी` / `TASS` / `ने बताया। …`). A line that does not end a sentence is joined
 * with the next when the next starts with a postposition or particle, when it ends with one itself,
 * or when the next is a short fragment followed by such a continuation. A line ending a sentence
 * is a real paragraph end and is never joined.
 */
export function createLineJoiner(data: CleaningData): (lines: string[]) => string[] {
  const words = new Set(data.join.continuationStarts.filter((w) => /[\p{L}\p{M}]/u.test(w)));
  const marks = data.join.continuationStarts.filter((w) => !/[\p{L}\p{M}]/u.test(w));
  const dangling = new Set(data.join.danglingEnds.filter((w) => /[\p{L}\p{M}]/u.test(w)).map((w) => w.toLowerCase()));
  const danglingMarks = data.join.danglingEnds.filter((w) => !/[\p{L}\p{M}]/u.test(w));
  const fragmentMax = data.join.fragmentMaxWords;

  const continues = (line: string): boolean => {
    const first = line.split(/\s+/, 1)[0] ?? '';
    return words.has(first.replace(/[,।]$/u, '')) || marks.some((m) => line.startsWith(m));
  };
  const dangles = (line: string): boolean => {
    const last = lastWord(line);
    return dangling.has(last.toLowerCase()) || danglingMarks.some((m) => line.endsWith(m));
  };

  // A joined paragraph is kept as its pieces and joined once at the end: testing a growing joined
  // string (or appending to it) for every line was quadratic in a run of joinable lines. Every
  // test reads the end of a paragraph, and its last (non-blank) piece has the same end.
  return (lines) => {
    const out: string[][] = [];
    const tail = (pieces: string[]): string => {
      const last = pieces[pieces.length - 1] ?? '';
      return pieces.length === 1 || last.trim() !== '' ? last : pieces.join(' ');
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line === '') {
        out.push([line]);
        continue;
      }
      const prevIndex = lastNonEmpty(out);
      const gap = out.length - 1 - prevIndex;
      const prev = out[prevIndex];
      if (prev !== undefined && gap <= MAX_GAP && !endsSentence(tail(prev)) && !line.startsWith(ENTRY_MARK)) {
        const next = nextNonEmpty(lines, i);
        const fragment =
          wordCount(line) <= fragmentMax && !endsSentence(line) && next !== null && next.gap <= MAX_GAP && continues(next.line);
        if (continues(line) || dangles(tail(prev)) || fragment) {
          out.length = prevIndex + 1;
          prev.push(line);
          continue;
        }
      }
      out.push([line]);
    }
    return out.map((pieces) => (pieces.length === 1 ? (pieces[0] ?? '') : pieces.join(' ')));
  };
}

/** The last whitespace-separated word (`''` after trailing space), read from the end only. */
function lastWord(line: string): string {
  let at = line.length;
  while (at > 0 && !SPACE.test(line[at - 1] ?? '')) at--;
  return line.slice(at);
}

const SPACE = /\s/u;

function lastNonEmpty(lines: string[][]): number {
  for (let j = lines.length - 1; j >= 0; j--) if (lines[j]?.[0] !== '') return j;
  return -1;
}

function nextNonEmpty(lines: string[], from: number): { line: string; gap: number } | null {
  for (let j = from + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line !== '') return { line, gap: j - from - 1 };
  }
  return null;
}
