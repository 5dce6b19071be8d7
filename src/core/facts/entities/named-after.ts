import { glossEnd } from './latin-gloss.js';
import type { TokenisedSentence } from './tokens.js';

/**
 * End (exclusive) of what a person's name at [.., to) is part of when a named-after head follows it
 * (`इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा`, `सतीश धवन (Satish Dhawan) अंतरिक्ष केंद्र`: a place,
 * not the person), through a bracketed Latin gloss; null when no head follows.
 */
export function namedAfterEnd(heads: ReadonlySet<string>, ts: TokenisedSentence, to: number, adjectives: ReadonlySet<string> = new Set()): number | null {
  const after = glossEnd(ts, to);
  // one adjective may come first: ध्यानचंद नेशनल स्टेडियम (but नेशनल कॉन्फ्रेंस after उमर अब्दुल्ला is no place)
  const skip = adjectives.has(ts.tokens[after]?.text ?? '') && ts.tokens[after + 1]?.joined === true && heads.has(ts.tokens[after + 1]?.text ?? '') ? 1 : 0;
  const head = ts.tokens[after + skip];
  if (head === undefined || !heads.has(head.text)) return null;
  return after > to || ts.tokens[after]?.joined ? after + skip : null;
}
