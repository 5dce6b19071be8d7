import { DATELINE_SENTENCE, type Sentence } from '../../types.js';
import type { NameSpan } from './context-names.js';
import { spellAcronym } from './latin-letters.js';
import { tokenSpan, type TokenisedSentence } from './tokens.js';

/** A dateline place has at most three words. */
const MAX_WORDS = 3;
/** The day after the dateline's place and its comma: `निरमण्ड,9 सितंबर`. */
const DAY = /^[0-9०-९]{1,2}$/u;
const SEPARATOR = /^\s*,\s*$/u;
/** English participles and gerunds written in Devanagari (अपडेटेड, ब्रेकिंग). */
const ENGLISH_FORM = /(?:ेड|िंग|िङ्ग)$/u;

/**
 * The place of a dated dateline that the gazetteer does not know (`निरमण्ड,9 सितंबर।`): one to three
 * unclaimed name words opening the dateline, then a comma and a day (a colon may follow a topic:
 * `कोविड : 12 अप्रैल।`).
 * `isPlaceWords` decides whether the words can be a name (no everyday word, no stopword); a dateline
 * without a date (`उपचुनाव:`) names no place.
 */
export function datelinePlace(sentence: Sentence, ts: TokenisedSentence, claimed: readonly boolean[], isPlaceWords: (from: number, to: number) => boolean): NameSpan | null {
  const index = sentence.index;
  if (index !== DATELINE_SENTENCE) return null;
  const { tokens, folded } = ts;
  let end = 1;
  while (end < tokens.length && end < MAX_WORDS && tokens[end]?.joined) end++;
  const [last, day] = [tokens[end - 1], tokens[end]];
  if (last === undefined || day === undefined || !DAY.test(day.text) || !SEPARATOR.test(folded.text.slice(last.end, day.start))) return null;
  if (claimed.slice(0, end).some((c) => c) || !isPlaceWords(0, end)) return null;
  // an acronym or an English participle is a topic or a stamp (`जीएसटी, 1 जुलाई`, `अपडेटेड, 9 सितंबर`)
  const span = tokenSpan(ts, 0, end);
  const raw = sentence.text.slice(span.start, span.end);
  if (raw.split(/\s+/u).some((w) => spellAcronym(w) !== null || ENGLISH_FORM.test(w))) return null;
  return { from: 0, to: end, weak: false };
}
