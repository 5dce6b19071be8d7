import type { Sentence } from '../../types.js';
import { affiliationBefore, countryOf, type Anchor } from './affiliation.js';
import { dropGlossedNames } from './acronym-glosses.js';
import { coordinatedNames } from './coordinated-names.js';
import { datelinePlace } from './dateline-place.js';
import { findEntityMatches } from './entity-matches.js';
import type { IndexedEntity } from './gazetteer-index.js';
import { cutShort, guessed, withGluedInitial, tokensText } from './guessed-names.js';
import { addListedPlaces, dropOtherCities, resolveListedPlaces } from './listed-places.js';
import { namedAfterEnd } from './named-after.js';
import { addNamedInstitutions } from './institution-mentions.js';
import { applyPlaceBodies } from './place-bodies.js';
import { givenNameThroughPlace, placeAsGivenName, type PlaceAt } from './place-in-name.js';
import type { Pending } from './resolve-short-forms.js';
import { scoredNames } from './scored-names.js';
import type { SentenceTools } from './sentence-tools.js';
import { addTitledNames, type MentionSearch } from './titled-names.js';
import { addGazetteerMentions } from './gazetteer-mentions.js';
import { tokenBounds, tokenise, tokenSpan, type TokenisedSentence } from './tokens.js';

/** Words that end a phrase: they never stand between an affiliation and its `के`. */
const POSTPOSITIONS = new Set(['ने', 'से', 'में', 'पर', 'को', 'और', 'या', 'के', 'कि', 'का', 'तक']);

/** Finds every candidate mention of one sentence: gazetteer forms, ministries, titled and quoted names. */
export function sentenceMentions(tools: SentenceTools, sentence: Sentence): Pending[] {
  const ts = tokenise(sentence.text);
  const { tokens } = ts;
  const claimed: boolean[] = tokens.map(() => false);
  const out: Pending[] = [];
  const anchors: Anchor[] = [];
  const claim = (from: number, to: number): void => {
    claimed.fill(true, from, to);
  };
  const base = (from: number, to: number, kind: Pending['kind']): Pending => {
    const span = tokenSpan(ts, from, to);
    return { sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), kind };
  };
  const persons = new Map<number, Pending>();
  const shortEnds = new Map<number, number>();
  const placeAt: PlaceAt = new Map();
  const plain = (word: string): boolean => /^[\u0900-\u097F]+$/u.test(word) && !POSTPOSITIONS.has(word);

  for (const s of tools.schemes(tokens)) claim(s.from, s.to);
  const matches = findEntityMatches(tools.index, ts);
  addNamedInstitutions(tools, ts, sentence, matches, claimed, claim, (from, to) => base(from, to, 'organisation'), out);
  const search: MentionSearch = { tools, ts, sentence, claimed, claim, out, anchors, persons, shortEnds, placeAt, base, plain };
  addGazetteerMentions(search, matches);

  for (const n of [...givenNameThroughPlace(tokens, claimed, out, placeAt, tools.known.isTrustedGivenName), ...placeAsGivenName(tokens, claimed, out, placeAt, tools.known)]) {
    claim(n.from, n.to); // विलियम हेग ने कहा: not The Hague
    const g = guessed(ts, sentence, base(n.from, n.to, 'person'), n.from, n.to, false, tools);
    if (g) {
      out.push(g);
      persons.set(n.from, g);
    }
  }

  applyPlaceBodies(tools.placeBodies(tokens, anchors), out, anchors, claim, base);
  tools.stormNames(ts, out, claim);

  for (const m of tools.ministries.find(tokens, claimed)) {
    const country = countryOf(affiliationBefore(tokens, m.from, anchors, plain));
    if (country === undefined) continue;
    claim(m.from, m.to);
    const en = tools.ministries.name(m.ministry, country);
    const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: tokensText(ts, sentence, m.from, m.to), keys: [], country };
    anchors.push({ from: m.from, to: m.to, entity });
    out.push({ ...base(m.from, m.to, 'organisation'), entity, country });
  }

  addTitledNames(search);

  // a name a phrase or an age gives outright is the person's whole name, even one the gazetteer left unsure (रमेश नाम के युवक)
  // (a given name that is also a word — उजागर, revealed — is none here: `आरोपी का नाम उजागर हुआ`)
  const knownName = (w: string): boolean => tools.known.isTrustedGivenName(w) || tools.known.isSurname(w);
  const held = heldByMentions(ts, out);
  const weakGiven = (w: string): boolean => tools.known.isGivenName(w) && !tools.known.isTrustedGivenName(w);
  const given = [...tools.namingCues(tokens, held, tools.names.isNameWord, knownName, tools.isPersonNoun, weakGiven), ...tools.agedNames(tokens, held, tools.names.isNameWord, knownName, tools.isPersonNoun)];
  for (const s of given.filter((g, k) => !given.slice(0, k).some((e) => e.from < g.to && g.from < e.to))) {
    claim(s.from, s.to);
    const g = guessed(ts, sentence, base(s.from, s.to, 'person'), s.from, s.to, false, tools);
    if (g) out.push(g);
  }

  const scored = scoredNames(ts, claimed, tools.names.isNameWord, tools.cricketWords, tools.known.isGivenName, tools.goalWords, tools.isCommon);
  const bracketed = new Set(scored);
  for (const s of [...tools.names.speakers(tokens, claimed), ...scored]) {
    claim(s.from, s.to);
    const g = guessed(ts, sentence, base(s.from, s.to, 'person'), s.from, s.to, s.weak, tools);
    // (a name right before its bracket ends there: an everyday last word trimmed off it is its surname, स्वर्णकार (83 वर्ष))
    const trimmedEnd = bracketed.has(s) && g !== null && g.span.end < tokenSpan(ts, s.from, s.to).end;
    if (g && !cutShort(g, s.from, s.to, tools) && !trimmedEnd) out.push(g);
  }
  for (const s of [...tools.known.find(tokens, claimed), ...tools.known.possessed(tokens, claimed, anchors)]) {
    if (claimed.slice(s.from, s.to).some(Boolean)) continue; // found by both (विनोद सासी: a given name and a resident)
    // a name word that is itself a named-after head (अर्जुन पुरस्कार से): the award, not a person
    const headInside = tokens.slice(s.from + 1, s.to).some((t) => tools.namedAfter.has(t.text));
    const namedAfter = headInside ? s.to : namedAfterEnd(tools.namedAfter, ts, s.to, tools.namedAfterAdjectives, tools.arrivals, tools.namedAfterEvents);
    if (namedAfter !== null) {
      claim(s.from, namedAfter);
      continue;
    }
    claim(s.from, s.to);
    const g = guessed(ts, sentence, base(s.from, s.to, 'person'), s.from, s.to, false, tools);
    if (g) out.push(g);
  }
  const loneTests = { isTrustedGivenName: tools.known.isTrustedGivenName, isGivenName: tools.known.isGivenName, isNameWord: tools.names.isNameWord, isCommon: tools.isCommon };
  const resultTests = { isNameWord: tools.names.isNameWord, isGivenName: tools.known.isGivenName, isSurname: tools.known.isSurname, isCommon: tools.isCommon };
  for (const s of [...tools.loneGivenNames(tokens, ts.folded.text, claimed, loneTests), ...tools.resultNames(ts, claimed, resultTests)]) {
    if (claimed.slice(s.from, s.to).some(Boolean)) continue;
    claim(s.from, s.to);
    const g = guessed(ts, sentence, base(s.from, s.to, 'person'), s.from, s.to, false, tools);
    if (g) out.push(g);
  }
  const dateline = datelinePlace(sentence, ts, claimed, (from, to) => {
    const core = tools.trimCommon(tokens.slice(from, to).map((t) => t.text));
    return core.from === 0 && core.to === to - from && tokens.slice(from, to).every((t) => tools.names.isNameWord(t.text));
  });
  for (const d of [...tools.districts(tokens, claimed, placeAt), ...(dateline ? [dateline] : [])]) {
    claim(d.from, d.to);
    const g = guessed(ts, sentence, base(d.from, d.to, 'place'), d.from, d.to, false, tools);
    if (g) out.push(g);
  }
  const people = out.filter((p) => p.kind === 'person' && (p.entity !== undefined || p.guess !== undefined));
  const isCommon = (word: string): boolean => { const core = tools.trimCommon([word]); return core.from >= core.to; };
  for (const c of [...coordinatedNames(ts, claimed, people, tools.known, tools.names.isNameWord, tools.titles.isTitleWord, isCommon),
    ...tools.recordLists(ts, claimed, people, tools.names.isNameWord, isCommon),
    ...tools.memberLists(ts, claimed, out.filter((p) => p.kind === 'person'), tools.names.isNameWord, isCommon),
    ...tools.countedLists(ts, claimed, people, tools.names.isNameWord, (w) => tools.isCommon(w) || (isCommon(w) && !tools.known.isGivenName(w)))]) {
    if (claimed.slice(c.from, c.to).some(Boolean)) continue;
    claim(c.from, c.to);
    const g = guessed(ts, sentence, base(c.from, c.to, 'person'), c.from, c.to, false, tools);
    if (g) out.push(g);
  }
  const widened = out.map((p) => withGluedInitial(p, sentence, tools));
  const sorted = dropGlossedNames(widened.sort((a, b) => a.span.start - b.span.start), sentence.text, (w) => tools.romaniseName(w).charAt(0));
  const listed = tokens.flatMap((t, i) => {
    const entity = claimed[i] ? undefined : tools.index.listOnly.get(t.text);
    return entity ? [{ ...base(i, i + 1, 'place'), entity }] : [];
  });
  return dropOtherCities(addListedPlaces(resolveListedPlaces(sorted, sentence.text), listed, sentence.text), sentence.text);
}

/** Tokens inside a mention found so far (not those claimed for no one, as a short form the gazetteer could not resolve). */
function heldByMentions(ts: TokenisedSentence, found: readonly Pending[]): boolean[] {
  const { byStart, byEnd } = tokenBounds(ts);
  const held = ts.tokens.map(() => false);
  for (const p of found) {
    const [from, to] = [byStart.get(p.span.start), byEnd.get(p.span.end)];
    if (from !== undefined && to !== undefined) held.fill(true, from, to);
  }
  return held;
}
