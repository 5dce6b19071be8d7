import { CUT_LEVELS, type Unit } from './cut-units.js';
import { utf16Length, type Measure } from './measure.js';

/**
 * Splits plain text into trimmed, non-empty pieces with `measure(piece) <= limit`, in reading order.
 * Cuts at the best boundary available, in this order: blank line, line break, sentence end (`।`, `॥`,
 * `?`, `!`, a sentence-ending `.`), whitespace; a single word longer than the limit is cut between
 * graphemes (never inside a conjunct, a matra, an emoji ZWJ sequence or a flag). Higher boundaries win:
 * a paragraph that fits is never merged with part of the next one.
 *
 * Joining the pieces with the whitespace that was cut (nothing at a grapheme cut) gives back the
 * trimmed input. `measure` must be monotonic (see Measure). Degenerate limits: a grapheme that alone
 * exceeds the limit is cut between code points; a code point that alone exceeds it is emitted alone
 * (the only case where a piece can be over the limit).
 */
export function splitText(text: string, limit: number, measure: Measure = utf16Length): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  const out: string[] = [];
  splitAt(trimmed, 0, limit, measure, out);
  return out;
}

function splitAt(text: string, level: number, limit: number, measure: Measure, out: string[]): void {
  const cut = CUT_LEVELS[level];
  if (measure(text) <= limit || cut === undefined) {
    if (text.trim().length > 0) out.push(text.trim());
    return;
  }
  const units = cut(text);
  if (units.length <= 1) {
    splitAt(text, level + 1, limit, measure, out);
    return;
  }
  const piece = (from: Unit, to: Unit): string => text.slice(from.start, to.end);
  const fits = (i: number, j: number): boolean => measure(piece(units[i] as Unit, units[j] as Unit)) <= limit;
  let i = 0;
  while (i < units.length) {
    const last = lastFitting(i, units.length, fits);
    if (last < i) {
      splitAt(piece(units[i] as Unit, units[i] as Unit), level + 1, limit, measure, out);
      i++;
    } else {
      const fitted = piece(units[i] as Unit, units[last] as Unit).trim();
      if (fitted.length > 0) out.push(fitted);
      i = last + 1;
    }
  }
}

/**
 * The largest `j >= i` with `fits(i, j)`, or `i - 1` when unit `i` alone does not fit. Gallops then
 * bisects, so a piece costs O(log n) measurements (relies on a monotonic measure).
 */
function lastFitting(i: number, n: number, fits: (i: number, j: number) => boolean): number {
  if (!fits(i, i)) return i - 1;
  let lo = i;
  let hi = n;
  let step = 1;
  while (lo + step < n) {
    if (!fits(i, lo + step)) {
      hi = lo + step;
      break;
    }
    lo += step;
    step *= 2;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(i, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
