import type { Anchor } from './affiliation.js';
import type { NameSpan } from './context-names.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** Words that may follow a two-word name `<given name> <word>`: postpositions and conjunctions. */
/** जी as folded text (a short vowel): inside a name before its surname (भीम जी उपाध्याय). */
export const JI = phraseKey('जी');

export const AFTER_NAME: ReadonlySet<string> = new Set(['ने', 'को', 'का', 'कि', 'के', 'से', 'पर', 'और', 'व', 'तथा', 'या', 'एवं', 'भी', 'ही', 'समेत', 'सहित', 'उर्फ']);

/** Markers after `<word> <surname>` that make it a person in a role of the clause (agent, owner, object). */
const MARKED = new Set(['ने', 'का', 'की', 'के', 'को', 'और']);

/** `<place or body> के/की <name> ने`: the owner's postposition (की for a woman: नोएडा की रक्षा गोपाल ने). */
const OWNED = new Set(['के', 'की'].map(phraseKey));
/** An English plural written in Devanagari (पाइरेट्स, स्टीलर्स): a team, not a player. */
const TEAM_PLURAL = /्स$/u;
/** A figure after a name: `शिवम डारोलिया 98.4 प्रतिशत`. */
const FIGURE = /^[\p{N}]/u;
/** Words between को and the verb of defeat (को 12-8 से हराकर). */
const DEFEAT_REACH = 4;

export interface KnownNames {
  isSurname(word: string): boolean;
  /** Any given name, trusted or weak (a short form that is a first name needs the full name). */
  isGivenName(word: string): boolean;
  /** A given name that is not also an everyday word (not in weakGivenNames). */
  isTrustedGivenName(word: string): boolean;
  /** Names built from the given-name and surname lists, on unclaimed tokens. */
  find(tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[];
  /** End of a name that continues the given name `first` at `at` (`विजय` + `शर्मा`), or `at` when none. */
  continues(tokens: readonly Token[], at: number, claimed: readonly boolean[], first: string): number;
  /** True when the word at `at` is an unlisted name word (not a common word or surname) ending a name: a case marker, और or a bracket follows. */
  unlistedWordEnds(tokens: readonly Token[], at: number, claimed: readonly boolean[]): boolean;
  /** `<place or body> के/की <name> ने`: one to three name words owned by a place, party or team, before an ergative ने. */
  possessed(tokens: readonly Token[], claimed: readonly boolean[], anchors: readonly Anchor[]): NameSpan[];
}

/**
 * People without a gazetteer entry, found by the shape of Indian names: a given name followed by
 * up to two name words and a surname (`अक्षय प्रह्लाद कोंडे` needs a title; `विवेक चंद्र यादव`
 * does not), or a trusted given name and one more name word before a postposition or conjunction
 * (`अनिल मसीह ने`, `जगदीश देवड़ा और`). Weak given names (विजय = victory) need the surname.
 */
export function createKnownNames(data: EntitiesData, isNameWord: (word: string) => boolean, isCommon: (word: string) => boolean = () => false): KnownNames {
  const given = new Set(data.givenNames.map(phraseKey));
  const weak = new Set(data.weakGivenNames.map(phraseKey));
  const surnames = new Set(data.surnames.map(phraseKey));
  const placeEndings = data.districtWords.placeEndings.map(phraseKey).filter((e) => e.length > 0);
  const defeat = new Set(data.defeatCues.map(phraseKey));
  const resident = new Set(data.residentCues.map(phraseKey));
  /** `को` and a verb of defeat within a few words (को 12-8 से हराकर): the name is the one beaten. */
  const beaten = (tokens: readonly Token[], at: number): boolean =>
    tokens[at]?.text === 'को' && tokens.slice(at + 1, at + DEFEAT_REACH + 1).some((t) => defeat.has(t.text));
  const word = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): string | null => {
    const t = tokens[i];
    return t !== undefined && !claimed[i] && (i === 0 || t.joined) ? t.text : null;
  };
  /** End (exclusive) of `[name words]{0,2} surname` starting at `from`, or -1. */
  const toSurname = (tokens: readonly Token[], from: number, claimed: readonly boolean[]): number => {
    for (let k = from; k < from + 3; k++) {
      const w = k === from ? (tokens[k] !== undefined && !claimed[k] && tokens[k]?.joined ? tokens[k]?.text : null) : word(tokens, k, claimed);
      if (w === null || w === undefined || !(isNameWord(w) || surnames.has(w))) return -1;
      if (surnames.has(w)) {
        // a surname may be followed by one more (विजय कुमार सिन्हा), or by an unlisted surname before a
        // case marker (मनोज कुमार कसेरा को)
        const next = word(tokens, k + 1, claimed);
        if (next !== null && surnames.has(next)) return k + 2;
        const marker = word(tokens, k + 2, claimed);
        return next !== null && isNameWord(next) && marker !== null && MARKED.has(marker) ? k + 2 : k + 1;
      }
    }
    return -1;
  };
  const continues = (tokens: readonly Token[], at: number, claimed: readonly boolean[], first: string): number => {
    const end = toSurname(tokens, at, claimed);
    if (end > at || !given.has(first)) return Math.max(end, at);
    const next = tokens[at];
    const after = tokens[at + 1];
    if (!next?.joined || claimed[at] || !isNameWord(next.text)) return at;
    if (after !== undefined && AFTER_NAME.has(after.text)) return at + 1;
    // at punctuation (`हितेश आनंद, संत …`) or before a figure (`शिवम डारोलिया 98.4`) neither word may be an
    // everyday word (टीम बनाई।: टीम folds like टिम), nor the second a town's ending (जोगिंदर नगर, 12 मार्च)
    const ends = after === undefined || !after.joined || FIGURE.test(after.text);
    const plain = !isCommon(first) && !isCommon(next.text) && !placeEndings.some((e) => next.text.endsWith(e));
    return ends && plain ? at + 1 : at;
  };
  /** `शार्दुल ठाकुर ने`, `अनुराग ठाकुर का`: an unlisted name word (not a common word), a surname (not a stopword: नगर निगम के), then a case marker or और. */
  const surnamed = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): boolean => {
    const [w, s, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    return w !== undefined && s !== undefined && after !== undefined && !claimed[i] && !claimed[i + 1] && (i === 0 || !claimed[i - 1])
      && s.joined && after.joined && isNameWord(w.text) && !isCommon(w.text) && !surnames.has(w.text) && surnames.has(s.text) && isNameWord(s.text) && MARKED.has(after.text);
  };
  const find = (tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[] => {
    const out: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]?.text ?? '';
      if (!given.has(w) && !weak.has(w) && surnamed(tokens, i, claimed)) {
        out.push({ from: i, to: i + 2, weak: false });
        i++;
        continue;
      }
      if (claimed[i] || !(given.has(w) || weak.has(w))) continue;
      const end = continues(tokens, i + 1, claimed, w);
      if (end > i + 1) {
        out.push({ from: i, to: end, weak: false });
        i = end - 1;
      }
    }
    return out;
  };
  // a possessed name is taken whole or not at all: an everyday word in it (रक्षा गोपाल) is not trimmed to a shorter name
  const possessedWord = (w: string): boolean => isNameWord(w) && (!isCommon(w) || given.has(w) || surnames.has(w));
  /**
   * End of a place's player beaten in a match (`कजाकिस्तान के अजामत को 12-8 से हराकर`), or `from` when none:
   * one to three name words before को and a verb of defeat, none an everyday word (टीम is not टिम,
   * though they fold alike; a name with one, अजात सलिदिनोव, is left out rather than cut).
   */
  const beatenPlayer = (tokens: readonly Token[], claimed: readonly boolean[], from: number): number => {
    let end = from;
    while (end < from + 3 && word(tokens, end, claimed) !== null && isNameWord(tokens[end]?.text ?? '')) end++;
    const plain = end > from && tokens.slice(from, end).every((t) => !isCommon(t.text) && !TEAM_PLURAL.test(t.text));
    return plain && tokens[end]?.joined && beaten(tokens, end) ? end : from;
  };
  const possessed = (tokens: readonly Token[], claimed: readonly boolean[], anchors: readonly Anchor[]): NameSpan[] => {
    const out: NameSpan[] = [];
    for (const a of anchors) {
      if (a.entity.kind === 'person' || !OWNED.has(tokens[a.to]?.text ?? '')) continue;
      let end = a.to + 1;
      while (end < a.to + 4 && word(tokens, end, claimed) !== null && possessedWord(tokens[end]?.text ?? '')) end++;
      // owned by a party or team, or with की, the name needs a listed given name or surname in it:
      // `भाजपा के बाहुबली ने`, `भारत की मेजबानी ने` are epithets and nouns, not people
      const listed = tokens.slice(a.to + 1, end).some((t) => (given.has(t.text) || surnames.has(t.text)) && !isCommon(t.text));
      // owned by a place with के, two unlisted words will do (चीन के लियू युकुन ने), one will not (अमेरिका के फेड ने)
      const plain = a.entity.kind === 'place' && tokens[a.to]?.text === 'के' && end - (a.to + 1) >= 2;
      if (end > a.to + 1 && tokens[end]?.text === 'ने' && tokens[end]?.joined && (plain || listed)) {
        out.push({ from: a.to + 1, to: end, weak: false });
        continue;
      }
      const player = beatenPlayer(tokens, claimed, a.to + 1);
      if (a.entity.kind === 'place' && player > a.to + 1) out.push({ from: a.to + 1, to: player, weak: false });
    }
    // `रोहतक निवासी अनिल सासी, …`: a place's resident named right after निवासी (a name first, `मनोज
    // कुमार कसेरा निवासी परेव`, has the place after it instead)
    for (const a of anchors) {
      if (a.entity.kind !== 'place' || !resident.has(tokens[a.to]?.text ?? '') || !tokens[a.to]?.joined) continue;
      let end = a.to + 1;
      while (end < a.to + 4 && word(tokens, end, claimed) !== null && possessedWord(tokens[end]?.text ?? '')) end++;
      const last = tokens[end - 1]?.text ?? '';
      // the name ends where a name word cannot follow: punctuation, a case marker, an everyday word
      const ends = word(tokens, end, claimed) === null || !possessedWord(tokens[end]?.text ?? '');
      // the first word a listed given name or surname (गाजियाबाद निवासी बीटेक छात्र, आगरा निवासी दंपती are no one)
      const first = tokens[a.to + 1]?.text ?? '';
      if (end > a.to + 1 && !isCommon(last) && ends && (given.has(first) || surnames.has(first))) {
        out.push({ from: a.to + 1, to: end, weak: false });
      }
    }
    return out;
  };
  const unlistedWordEnds = (tokens: readonly Token[], at: number, claimed: readonly boolean[]): boolean => {
    const [w, after] = [tokens[at], tokens[at + 1]];
    if (w === undefined || claimed[at] || !w.joined || w.hyphen || !isNameWord(w.text) || isCommon(w.text) || surnames.has(w.text)) return false;
    return after === undefined || !after.joined || MARKED.has(after.text);
  };
  return {
    possessed,
    unlistedWordEnds,
    isSurname: (w) => surnames.has(w),
    isGivenName: (w) => given.has(w) || weak.has(w),
    isTrustedGivenName: (w) => given.has(w) && !weak.has(w),
    find,
    continues,
  };
}
