import type { Anchor } from './affiliation.js';
import { createPossessedNames } from './possessed-names.js';
import { createSurnamedNames } from './surnamed-names.js';
import { createWomanNames } from './woman-names.js';
import type { NameSpan } from './context-names.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** Words that may follow a two-word name `<given name> <word>`: postpositions and conjunctions. */
/** जी as folded text (a short vowel): inside a name before its surname (भीम जी उपाध्याय). */
export const JI = phraseKey('जी');

export const AFTER_NAME: ReadonlySet<string> = new Set(['ने', 'को', 'का', 'कि', 'के', 'से', 'पर', 'और', 'व', 'तथा', 'या', 'एवं', 'समेत', 'सहित', 'उर्फ'].map(phraseKey)); // (not भी/ही: लक्ष्मण झूला भी बंद is no person; reviewer)

/** Markers after `<word> <surname>` that make it a person in a role of the clause (agent, owner, object). */
const MARKED = new Set(['ने', 'का', 'की', 'के', 'को', 'और'].map(phraseKey)); // folded like tokens: की → कि

/** A figure after a name: `शिवम डारोलिया 98.4 प्रतिशत`. */
const FIGURE = /^[\p{N}]/u;

export interface KnownNames {
  isSurname(word: string): boolean;
  /** A word that is a middle name as often as a surname (कुमार, प्रसाद). */
  isMiddleName(word: string): boolean;
  /** Any given name, trusted or weak (a short form that is a first name needs the full name). */
  isGivenName(word: string): boolean;
  /** A given name that is not also an everyday word (not in weakGivenNames). */
  isTrustedGivenName(word: string): boolean;
  /** Names built from the given-name and surname lists, on unclaimed tokens. */
  find(tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[];
  /** End of a name that continues the given name `first` at `at` (`विजय` + `शर्मा`), or `at` when none. */
  continues(tokens: readonly Token[], at: number, claimed: readonly boolean[], first: string): number;
  /**
   * True when the word at `at` is an unlisted name word (not a common word or surname) ending a name: a case
   * marker, और or a bracket follows. With `surname`, any name word, surnames included, and a breaker (निवासी) too.
   */
  unlistedWordEnds(tokens: readonly Token[], at: number, claimed: readonly boolean[], surname?: boolean): boolean;
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
  const middles = new Set(data.middleNames.map(phraseKey));
  const breakers = new Set(data.nameBreakers.map(phraseKey));
  const groups = new Set(data.surnameGroups.map(phraseKey));
  const placeEndings = data.districtWords.placeEndings.map(phraseKey).filter((e) => e.length > 0);
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
  // a residence or kinship word after `<word> <surname>` ends a name too (विक्की वर्मा निवासी भट्टागांव)
  const surnamed = createSurnamedNames(isNameWord, isCommon, (w) => surnames.has(w), new Set([...MARKED, ...breakers]), (w) => middles.has(w));
  const keys = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey));
  const woman = createWomanNames(
    { ends: keys(data.womanNames.ends), goddesses: keys(data.womanNames.goddesses), before: keys(data.womanNames.before), after: keys(data.womanNames.after), markers: new Set([...AFTER_NAME, ...breakers]) },
    (w) => weak.has(w) || (isNameWord(w) && !isCommon(w) && !given.has(w) && !surnames.has(w)),
  );
  const find = (tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[] => {
    const out: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]?.text ?? '';
      const womanEnd = woman.end(tokens, i, claimed);
      if (womanEnd > i) {
        out.push({ from: i, to: womanEnd, weak: false });
        i = womanEnd - 1;
        continue;
      }
      const surnamedEnd = given.has(w) || weak.has(w) ? -1 : surnamed(tokens, i, claimed);
      if (surnamedEnd > i) {
        out.push({ from: i, to: surnamedEnd, weak: false });
        i = surnamedEnd - 1;
        continue;
      }
      if (claimed[i] || !(given.has(w) || weak.has(w)) || woman.goddess(tokens, i)) continue;
      const end = continues(tokens, i + 1, claimed, w);
      if (end > i + 1) {
        out.push({ from: i, to: end, weak: false });
        i = end - 1;
      }
    }
    return out;
  };
  const possessed = createPossessedNames(data, isNameWord, isCommon, word);
  const unlistedWordEnds = (tokens: readonly Token[], at: number, claimed: readonly boolean[], surname = false): boolean => {
    const [w, after] = [tokens[at], tokens[at + 1]];
    if (w === undefined || claimed[at] || !w.joined || w.hyphen || !isNameWord(w.text)) return false;
    if (!surname && (isCommon(w.text) || surnames.has(w.text))) return false;
    // (after a listed surname an everyday word, or one no name has, ends the name too — `डॉक्टर विजय कुमार सिंह मौसम …` —
    // but not a word that makes the surname a community's or a title's: `यादव समाज`, `सिंह साहब`)
    const ends = isCommon(after?.text ?? '') || !isNameWord(after?.text ?? '');
    return after === undefined || !after.joined || MARKED.has(after.text) || (surname && (breakers.has(after.text) || (ends && !groups.has(after.text))));
  };
  return {
    possessed,
    unlistedWordEnds,
    isSurname: (w) => surnames.has(w),
    isMiddleName: (w) => middles.has(w),
    isGivenName: (w) => given.has(w) || weak.has(w),
    isTrustedGivenName: (w) => given.has(w) && !weak.has(w),
    find,
    continues,
  };
}
