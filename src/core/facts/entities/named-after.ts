import { glossEnd } from './latin-gloss.js';
import { phraseKey, type TokenisedSentence } from './tokens.js';

/** The genitive before a visit's noun (`विद्यालय का निरीक्षण`). */
const OF = new Set(['का', 'की', 'के'].map(phraseKey));
/** Words after the head within which such a visit is said (the head may be the first of two: इंटर कॉलेज पहुंचे). */
const VISIT_REACH = 2;

/** An arrival (`… में पहुंचे`, `… कॉलेज पहुंचे`) or a visit (`… का निरीक्षण`) said right after the head at `from - 1`. */
function visited(ts: TokenisedSentence, from: number, arrivals: ReadonlySet<string>, visits: ReadonlySet<string>): boolean {
  for (let k = from; k < from + VISIT_REACH; k++) {
    const word = ts.tokens[k]?.text ?? '';
    if (arrivals.has(word) || (OF.has(word) && visits.has(ts.tokens[k + 1]?.text ?? ''))) return true;
  }
  return false;
}

/** Most adjectives between the name and the head. */
const MAX_ADJECTIVES = 3;

/** Sport words that may stand between a name and an event's head, and those heads (config `namedAfterEvents`). */
export interface NamedAfterEvents {
  sports: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  /** Heads only after an adjective (बालिका उत्कृष्ट विद्यालय; a bare विद्यालय is where the person went). */
  afterAdjective?: ReadonlySet<string>;
  /** Nouns of a visit after the head's genitive (`विद्यालय का निरीक्षण`): the person went there, it is not named after them. */
  visits?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
const NO_EVENTS: NamedAfterEvents = { sports: NONE, heads: NONE };

/**
 * End (exclusive) of what a person's name at [.., to) is part of when a named-after head follows it
 * (`इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा`, `सतीश धवन (Satish Dhawan) अंतरिक्ष केंद्र`: a place,
 * not the person), through a bracketed Latin gloss; null when no head follows, or when the person arrives at it or visits
 * it right after the head (`सभागार में पहुंचे`, `इंटर कॉलेज पहुंचे`, `विद्यालय का निरीक्षण`).
 */
export function namedAfterEnd(heads: ReadonlySet<string>, ts: TokenisedSentence, to: number, adjectives: ReadonlySet<string> = new Set(), arrivals: ReadonlySet<string> = new Set(), events: NamedAfterEvents = NO_EVENTS): number | null {
  const after = glossEnd(ts, to);
  // up to three adjectives may come first: ध्यानचंद नेशनल स्टेडियम, गांधी स्मृति फुटबॉल टूर्नामेंट, सी.वी. रमन मुख्यमंत्री
  // बालिका उत्कृष्ट विद्यालय (but नेशनल कॉन्फ्रेंस after उमर अब्दुल्ला is no place); a sport's name only before an
  // event's head (धोनी क्रिकेट खेल रहे हैं)
  let skip = 0;
  let sport = false;
  for (let w = ts.tokens[after]?.text ?? ''; skip < MAX_ADJECTIVES && (adjectives.has(w) || events.sports.has(w)) && ts.tokens[after + skip + 1]?.joined === true; w = ts.tokens[after + skip]?.text ?? '') {
    sport ||= events.sports.has(w);
    skip++;
  }
  const final = ts.tokens[after + skip]?.text ?? '';
  const late = skip > 0 && !sport && events.afterAdjective?.has(final) === true;
  if ((!heads.has(final) && !late) || (sport && !events.heads.has(final))) skip = 0;
  const head = ts.tokens[after + skip];
  if (head === undefined || (!heads.has(head.text) && !late)) return null;
  // a person arriving in a place so named is that person (`सांसद मनोज तिवारी सभागार में पहुंचे`), or visiting it
  // (`… राजकीय इंटर कॉलेज पहुंचे`, `… विद्यालय का निरीक्षण करने`, reviewer)
  const at = after + skip;
  if (visited(ts, at + 1, arrivals, events.visits ?? NONE)) return null;
  return after > to || ts.tokens[after]?.joined ? after + skip : null;
}
