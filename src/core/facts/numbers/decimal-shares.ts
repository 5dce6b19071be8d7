import type { Quantity } from './read-quantity.js';
import type { Token } from './tokens.js';

/** The largest share a bare decimal may be (a percentage). */
const MAX_SHARE = 100;
/** Words right before such a figure: a side's share in a list (`मतदाताओं ने 71.74 एवं`), not a measure's name (`तापमान 38.5`). */
const LINKS = new Set(['ने', 'को', 'में', 'और', 'एवं', 'व', 'तथा', ',', 'यह', 'वह', 'जो']);

/**
 * `70.65 प्रतिशत मतदान हुआ, जिसमें पुरूष मतदाताओं ने 71.74 एवं महिला मतदाताओं ने 69.37`: a bare decimal
 * figure (one number token with a fraction, exact, no more than 100) after a percentage in its sentence is a
 * percentage too — a count is never a fraction, and a level (72,240.26 अंक) is larger. Only after a link word
 * (ने, एवं, यह): after a noun the figure measures that noun (`आर्द्रता 60 प्रतिशत, तापमान 38.5`).
 */
export function decimalShares(tokens: readonly Token[], quantities: readonly Quantity[]): Quantity[] {
  let share = false;
  return quantities.map((q) => {
    if (q.unit === 'percent') share = true;
    const bare = q.unit === null && q.qualifier === 'exact' && q.end - q.start === 1 && !Number.isInteger(q.value) && q.value <= MAX_SHARE;
    const linked = LINKS.has(tokens[q.start - 1]?.text ?? '');
    return share && bare && linked && tokens[q.start]?.kind === 'digits' ? { ...q, unit: 'percent' } : q;
  });
}
