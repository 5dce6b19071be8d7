import type { EntityMatch } from './entity-matches.js';
import { phraseKey, type TokenisedSentence } from './tokens.js';

/** Words of a district right before its name (`जिला मंडी`, `जनपद सागर`; not जिले: `हर जिले कोटा तय` is a quota). */
const DISTRICT_BEFORE = new Set(['जिला', 'जनपद'].map(phraseKey));

/** The one place a short form may be is followed by its own state in brackets: `दुर्ग (छत्तीसगढ़)`, `सागर (मध्य प्रदेश)`. */
export function stateInBrackets(ts: TokenisedSentence, matches: readonly EntityMatch[], m: EntityMatch): boolean {
  const place = m.hits.length === 1 && m.hits[0]?.entity.kind === 'place' ? m.hits[0].entity : undefined;
  const [last, next] = [ts.tokens[m.to - 1], ts.tokens[m.to]];
  if (place?.state === undefined || last === undefined || next === undefined || !/^\s*\(\s*$/u.test(ts.folded.text.slice(last.end, next.start))) return false;
  const state = matches.find((n) => n.from === m.to && n.hits.some((h) => h.entity.kind === 'place' && h.entity.en === place.state));
  const end = state === undefined ? undefined : ts.tokens[state.to - 1]?.end;
  return end !== undefined && /^\s*\)/u.test(ts.folded.text.slice(end));
}

/** The one place a short form may be, a district or city, right after a word of a district: `ज़िला मंडी`, `जनपद सागर`. */
export function districtBefore(ts: TokenisedSentence, m: EntityMatch): boolean {
  const place = m.hits.length === 1 && m.hits[0]?.entity.kind === 'place' ? m.hits[0].entity : undefined;
  return place !== undefined && ts.tokens[m.from]?.joined === true && DISTRICT_BEFORE.has(ts.tokens[m.from - 1]?.text ?? '');
}
