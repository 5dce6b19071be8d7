import type { Sentence } from '../../types.js';
import { affiliationBefore, countryOf, type Anchor } from './affiliation.js';
import type { NameFinder } from './context-names.js';
import type { DemonymRule } from './demonyms.js';
import { findEntityMatches, type GazetteerIndex, type IndexedEntity } from './gazetteer-index.js';
import type { MinistryMatcher } from './organisations.js';
import type { GuessedName, Pending } from './resolve-short-forms.js';
import type { TitleMatcher } from './titles.js';
import { tokenise, tokenSpan, type TokenisedSentence } from './tokens.js';

/** Words that end a phrase: they never stand between an affiliation and its `के`. */
const POSTPOSITIONS = new Set(['ने', 'से', 'में', 'पर', 'को', 'और', 'या', 'के', 'कि', 'का', 'तक']);

export interface SentenceTools {
  index: GazetteerIndex;
  titles: TitleMatcher;
  ministries: MinistryMatcher;
  names: NameFinder;
  demonym: DemonymRule;
  romaniseName: (hindi: string) => string;
}

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

  for (const m of findEntityMatches(tools.index, ts)) {
    const full = m.hits.find((h) => !h.short);
    if (!full && hyphenatedNameAt(tools, tokens, m.to)) {
      // a short form starting a hyphenated name (किम होंग-क्यून) is a different person: guess it whole
      claim(m.from, m.to + 2);
      out.push(guessed(ts, sentence, base(m.from, m.to + 2, 'person'), m.from, m.to + 2, false, tools));
      persons.set(m.from, out[out.length - 1] as Pending);
      continue;
    }
    if (full?.adjective) {
      const key = tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
      if (!tools.demonym(key, tokens[m.to], tools.titles.startsTitle(tokens, m.to))) continue;
    }
    claim(m.from, m.to);
    const first = m.hits[0] as (typeof m.hits)[number];
    const kind = (full ?? first).entity.kind;
    const p = base(m.from, m.to, kind);
    if (full) {
      p.entity = full.entity;
      if (full.adjective) p.adjective = true;
      if (kind !== 'person') anchors.push({ from: m.from, to: m.to, entity: full.entity });
    } else {
      p.short = { key: tokens.slice(m.from, m.to).map((t) => t.text).join(' '), candidates: m.hits.map((h) => h.entity) };
    }
    if (kind === 'person') persons.set(m.from, p);
    out.push(p);
  }

  const plain = (word: string): boolean => /^[\u0900-\u097F]+$/u.test(word) && !POSTPOSITIONS.has(word);
  for (const m of tools.ministries.find(tokens, claimed)) {
    const country = countryOf(affiliationBefore(tokens, m.from, anchors, plain));
    if (country === undefined) continue;
    claim(m.from, m.to);
    const en = tools.ministries.name(m.ministry, country);
    const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: tokensText(ts, sentence, m.from, m.to), keys: [], country };
    anchors.push({ from: m.from, to: m.to, entity });
    out.push({ ...base(m.from, m.to, 'organisation'), entity, country });
  }

  for (const t of tools.titles.find(tokens, claimed)) {
    let at = t.to;
    while (at < tokens.length && !claimed[at] && tools.titles.isTitleWord(tokens[at]?.text ?? '') && tokens[at]?.joined) at++;
    const affiliation = t.honorific ? null : affiliationBefore(tokens, t.from, anchors, plain);
    const country = countryOf(affiliation);
    let role = t.honorific ? undefined : tools.titles.role(t, country);
    if (role !== undefined && affiliation && affiliation.type !== 'country') {
      role = affiliation.kind === 'organisation' ? `${role}, ${affiliation.en}` : `${role} of ${affiliation.en}`;
    }
    const known = persons.get(at);
    if (known && tokens[at]?.joined) {
      if (role !== undefined) known.role = role;
      if (country !== undefined) known.country = country;
      continue;
    }
    if (isGeneric(tools, tokens[t.from - 1]?.text) && tokens[t.from]?.joined) continue;
    const end = tools.names.after(tokens, at, claimed);
    if (end === at) continue;
    claim(at, end);
    const p = guessed(ts, sentence, base(at, end, 'person'), at, end, false, tools);
    if (role !== undefined) p.role = role;
    if (country !== undefined) p.country = country;
    out.push(p);
  }

  for (const s of tools.names.speakers(tokens, claimed)) {
    claim(s.from, s.to);
    out.push(guessed(ts, sentence, base(s.from, s.to, 'person'), s.from, s.to, s.weak, tools));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** `X Y-Z` after a short form: two name words, the second hyphen-joined (Korean given names). */
function hyphenatedNameAt(tools: SentenceTools, tokens: TokenisedSentence['tokens'], at: number): boolean {
  const [a, b] = [tokens[at], tokens[at + 1]];
  return a !== undefined && b !== undefined && a.joined && !a.hyphen && b.hyphen && tools.names.isNameWord(a.text) && tools.names.isNameWord(b.text);
}

/** A title right after a determiner (दोनों नेता, सभी मंत्री) is generic: no name follows. */
function isGeneric(tools: SentenceTools, before: string | undefined): boolean {
  return before !== undefined && tools.names.isDeterminer(before);
}

function guessed(ts: TokenisedSentence, sentence: Sentence, p: Pending, from: number, to: number, weak: boolean, tools: SentenceTools): Pending {
  const hi = tokensText(ts, sentence, from, to);
  const name: GuessedName = { words: ts.tokens.slice(from, to).map((t) => t.text), hi, en: tools.romaniseName(hi), weak };
  return { ...p, guess: name };
}

function tokensText(ts: TokenisedSentence, sentence: Sentence, from: number, to: number): string {
  const span = tokenSpan(ts, from, to);
  return sentence.text.slice(span.start, span.end);
}
