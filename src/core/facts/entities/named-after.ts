import { glossEnd } from './latin-gloss.js';
import type { TokenisedSentence } from './tokens.js';

/**
 * End (exclusive) of what a person's name at [.., to) is part of when a named-after head follows it
 * (`इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा`, `सतीश धवन (Satish Dhawan) अंतरिक्ष केंद्र`: a place,
 * not the person), through a bracketed Latin gloss; null when no head follows.
 */
export function namedAfterEnd(heads: ReadonlySet<string>, ts: TokenisedSentence, to: number): number | null {
  const after = glossEnd(ts, to);
  const head = ts.tokens[after];
  if (head === undefined || !heads.has(head.text)) return null;
  return after > to || head.joined ? after : null;
}
