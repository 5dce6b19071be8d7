import type { TokenisedSentence } from './tokens.js';

const OPEN = /^[\s\u00A0]*[(\[][\s\u00A0]*$/u;
const CLOSE = /^[\s\u00A0]*[)\]][\s\u00A0]*$/u;
const LATIN = /^[A-Za-z]+$/;
/** A gloss is a short name: at most this many Latin words. */
const MAX_GLOSS = 5;

/**
 * Token after a bracketed Latin gloss that starts at token `at` (`सतीश धवन (Satish Dhawan) अंतरिक्ष
 * केंद्र` → the index of अंतरिक्ष), or `at` when no gloss is there. A gloss repeats the name before
 * it in English: it never ends the name nor names anyone by itself.
 */
export function glossEnd(ts: TokenisedSentence, at: number): number {
  const { tokens, folded } = ts;
  const before = tokens[at - 1];
  const first = tokens[at];
  if (before === undefined || first === undefined || !OPEN.test(folded.text.slice(before.end, first.start))) return at;
  let k = at;
  while (k < tokens.length && k - at < MAX_GLOSS && LATIN.test(tokens[k]?.text ?? '') && (k === at || tokens[k]?.joined)) k++;
  const last = tokens[k - 1];
  const next = tokens[k];
  if (k === at || last === undefined) return at;
  const gap = folded.text.slice(last.end, next?.start ?? folded.text.length);
  return CLOSE.test(gap) || (next === undefined && /^[\s\u00A0]*[)\]]/u.test(gap)) ? k : at;
}
