import { glossEnd } from './latin-gloss.js';
import type { TokenisedSentence } from './tokens.js';

/** में (folded like the text). */
const IN = 'में';

/**
 * End (exclusive) of what a person's name at [.., to) is part of when a named-after head follows it
 * (`इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा`, `सतीश धवन (Satish Dhawan) अंतरिक्ष केंद्र`: a place,
 * not the person), through a bracketed Latin gloss; null when no head follows, or when one of `arrivals` follows the
 * head and में (the person arrived in the hall).
 */
export function namedAfterEnd(heads: ReadonlySet<string>, ts: TokenisedSentence, to: number, adjectives: ReadonlySet<string> = new Set(), arrivals: ReadonlySet<string> = new Set()): number | null {
  const after = glossEnd(ts, to);
  // one or two adjectives may come first: ध्यानचंद नेशनल स्टेडियम, गांधी स्मृति फुटबॉल टूर्नामेंट (but नेशनल
  // कॉन्फ्रेंस after उमर अब्दुल्ला is no place)
  let skip = 0;
  while (skip < 2 && adjectives.has(ts.tokens[after + skip]?.text ?? '') && ts.tokens[after + skip + 1]?.joined === true) skip++;
  if (!heads.has(ts.tokens[after + skip]?.text ?? '')) skip = 0;
  const head = ts.tokens[after + skip];
  if (head === undefined || !heads.has(head.text)) return null;
  // a person arriving in a place so named is that person (`सांसद मनोज तिवारी सभागार में पहुंचे`)
  const at = after + skip;
  if (ts.tokens[at + 1]?.text === IN && arrivals.has(ts.tokens[at + 2]?.text ?? '')) return null;
  return after > to || ts.tokens[after]?.joined ? after + skip : null;
}
