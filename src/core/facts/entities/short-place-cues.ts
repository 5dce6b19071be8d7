import type { EntityMatch } from './entity-matches.js';
import { PLACE_ENDS } from './districts.js';
import { phraseKey, type TokenisedSentence } from './tokens.js';

/**
 * The district word before a district's name (`जनपद सागर में`): not जिला, which makes a phrase of an everyday word as often
 * (`जिला मंडी समिति`, `जिला मंडी में फसल बेचते हैं`, `जिला दुर्ग संरक्षण समिति`), nor जिले (`हर जिले कोटा तय`).
 */
const DISTRICT_BEFORE = phraseKey('जनपद');

/** The one place a short form may be is followed by its own state in brackets: `दुर्ग (छत्तीसगढ़)`, `सागर (मध्य प्रदेश)`. */
export function stateInBrackets(ts: TokenisedSentence, matches: readonly EntityMatch[], m: EntityMatch): boolean {
  const place = m.hits.length === 1 && m.hits[0]?.entity.kind === 'place' ? m.hits[0].entity : undefined;
  const [last, next] = [ts.tokens[m.to - 1], ts.tokens[m.to]];
  if (place?.state === undefined || last === undefined || next === undefined || !/^\s*\(\s*$/u.test(ts.folded.text.slice(last.end, next.start))) return false;
  const state = matches.find((n) => n.from === m.to && n.hits.some((h) => h.entity.kind === 'place' && h.entity.en === place.state));
  const end = state === undefined ? undefined : ts.tokens[state.to - 1]?.end;
  return end !== undefined && /^\s*\)/u.test(ts.folded.text.slice(end));
}

/** The one place a short form may be, a district or city, right after जनपद and before a postposition or a sign: `जनपद सागर में`. */
export function districtBefore(ts: TokenisedSentence, m: EntityMatch): boolean {
  const place = m.hits.length === 1 && m.hits[0]?.entity.kind === 'place' ? m.hits[0].entity : undefined;
  const next = ts.tokens[m.to];
  const ends = next === undefined || !next.joined || PLACE_ENDS.has(next.text);
  return place !== undefined && ends && ts.tokens[m.from]?.joined === true && ts.tokens[m.from - 1]?.text === DISTRICT_BEFORE;
}
