import { DATELINE_SENTENCE } from '../../types.js';
import type { NameSpan } from './context-names.js';
import type { TokenisedSentence } from './tokens.js';

/** A dateline place has at most three words. */
const MAX_WORDS = 3;
/** The day after the dateline's place: `निरमण्ड,9 सितंबर`, `सासनी : 6 अक्टूबर`. */
const DAY = /^[0-9०-९]{1,2}$/u;
const SEPARATOR = /^\s*[,:：]\s*$/u;

/**
 * The place of a dated dateline that the gazetteer does not know (`निरमण्ड,9 सितंबर।`, `सासनी : 6
 * अक्टूबर।`): one to three unclaimed name words opening the dateline, then a comma or colon and a day.
 * `isPlaceWords` decides whether the words can be a name (no everyday word, no stopword); a dateline
 * without a date (`उपचुनाव:`) names no place.
 */
export function datelinePlace(index: number, ts: TokenisedSentence, claimed: readonly boolean[], isPlaceWords: (from: number, to: number) => boolean): NameSpan | null {
  if (index !== DATELINE_SENTENCE) return null;
  const { tokens, folded } = ts;
  let end = 1;
  while (end < tokens.length && end < MAX_WORDS && tokens[end]?.joined) end++;
  const [last, day] = [tokens[end - 1], tokens[end]];
  if (last === undefined || day === undefined || !DAY.test(day.text) || !SEPARATOR.test(folded.text.slice(last.end, day.start))) return null;
  if (claimed.slice(0, end).some((c) => c) || !isPlaceWords(0, end)) return null;
  return { from: 0, to: end, weak: false };
}
