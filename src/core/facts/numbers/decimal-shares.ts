import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { wordSet, type Token } from './tokens.js';

/** The largest share a bare decimal may be (a percentage). */
const MAX_SHARE = 100;

/**
 * `70.65 प्रतिशत मतदान हुआ, जिसमें पुरूष मतदाताओं ने 71.74 एवं महिला मतदाताओं ने 69.37,`: a bare decimal figure
 * (one number token with a fraction, exact, no more than 100) after a percentage in its sentence is a percentage
 * too, when it stands between a side's link (config `lists.shareBefore`: ने) and a list joiner or the sentence end
 * (`lists.shareAfter`) — a count is never a fraction. A price, rate or average (`यह 96.72 पर पहुंची`, `ने 9.8
 * सीजीपीए`, `45.5 के औसत`) is followed by something else and keeps no unit.
 */
export function createDecimalShares(data: NumbersData): (tokens: readonly Token[], quantities: readonly Quantity[]) => Quantity[] {
  const before = wordSet(data.lists.shareBefore);
  const after = wordSet(data.lists.shareAfter);
  return (tokens, quantities) => {
    let share = false;
    return quantities.map((q) => {
      if (q.unit === 'percent') share = true;
      const bare = q.unit === null && q.qualifier === 'exact' && q.end - q.start === 1 && !Number.isInteger(q.value) && q.value <= MAX_SHARE;
      const next = tokens[q.end];
      const placed = before.has(tokens[q.start - 1]?.text ?? '') && (next === undefined || after.has(next.text));
      return share && bare && placed && tokens[q.start]?.kind === 'digits' ? { ...q, unit: 'percent' } : q;
    });
  };
}
