import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { wordSet, type Token } from './tokens.js';

/** The largest share a bare decimal may be (a percentage). */
const MAX_SHARE = 100;
/** Most tokens between a bare share and the percentage it pairs with (`99.09 और 12 वीं को 99.56 प्रतिशत`). */
const PAIR_GAP = 5;

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
  const joiners = wordSet(data.lists.joiners);
  const links = wordSet(data.lists.links);
  return (tokens, quantities) => {
    /** A decimal figure no more than 100 with no unit (a share said bare), its qualifier word aside. */
    const decimal = (q: Quantity): boolean =>
      q.unit === null && q.end - q.numberStart === 1 && tokens[q.numberStart]?.kind === 'digits' && !Number.isInteger(q.value) && q.value <= MAX_SHARE;
    let share = false;
    return quantities.map((q, k) => {
      if (q.unit === 'percent') share = true;
      const bare = decimal(q) && q.qualifier === 'exact' && q.end - q.start === 1;
      const next = tokens[q.end];
      const placed = before.has(tokens[q.start - 1]?.text ?? '') && (next === undefined || after.has(next.text));
      if (share && bare && placed) return { ...q, unit: 'percent' };
      // the first of two shares joined in a list, the percentage said after the second (`रिजल्ट करीब 99.09 और 12 वीं को
      // 99.56 प्रतिशत रहा`): both decimals, the second close after the joiner
      const later = quantities[k + 1];
      // (the second item labelled by a link: `12 वीं को 99.56`, not `औसत करीब 45.5 और सफलता दर 90.5 प्रतिशत`)
      const paired = later !== undefined && later.unit === 'percent' && !Number.isInteger(later.value) && later.start - q.end <= PAIR_GAP
        && links.has(tokens[later.start - 1]?.text ?? '');
      const listed = decimal(q) && (q.qualifier === 'exact' || q.qualifier === 'about') && joiners.has(next?.text ?? '');
      return listed && paired ? { ...q, unit: 'percent' } : q;
    });
  };
}
