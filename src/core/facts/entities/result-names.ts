import type { NameSpan } from './context-names.js';
import { initialLetter, spellFoldedAcronym } from './latin-letters.js';
import { phraseKey, type Token, type TokenisedSentence } from './tokens.js';

/** Config for the people of a result table (entities.yaml `resultNames`). */
export interface ResultNameData {
  /** Words of votes after a count (मत, मतों, वोट, वोटों). */
  votes: readonly string[];
  /** Markers between a candidate and the count (को, ने). */
  markers: readonly string[];
  /** Words of a count's scale between its digits (लाख, हजार). */
  scales: readonly string[];
  /** Ranks in brackets after a name (प्रथम, द्वितीय, तृतीय). */
  ranks: readonly string[];
  /** Words before a deity's name or a village (भगवान, निवासी): no candidate right after them. */
  notAfter: readonly string[];
  /** Given names that alone name a deity or a day as often (loneGivenNames `never`): no candidate alone. */
  never: readonly string[];
}

/** Word tests of the known names and the common words. */
export interface ResultNameTests {
  isNameWord: (word: string) => boolean;
  isGivenName: (word: string) => boolean;
  isSurname: (word: string) => boolean;
  isCommon: (word: string) => boolean;
}

type Finder = (ts: TokenisedSentence, claimed: readonly boolean[], tests: ResultNameTests) => NameSpan[];

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\s*\)/u;
const DIGITS = /^\p{N}+$/u;
/** Spelled letters that are everyday words too, and initials all the same before a name (सी, के, जी). */
const LETTER_WORDS = new Set(['सी', 'के', 'जी', 'ए', 'ई'].map(phraseKey));
/** A name of a result table is one to this many words. */
const MAX_WORDS = 3;
/** Tokens of a count at most (`3 लाख 62 हजार 488`, `1,65,171`). */
const MAX_COUNT = 7;

/**
 * People of a result table, named by the votes or the rank they got: `हेमंत ने 512 मत पाकर`, `गौरव को 287 मत मिले`,
 * `कुसुम (377 मत)`, `सुमन (प्रथम), प्रतिभा (द्वितीय)`. Right before the cue, one to three name words, none an everyday
 * word unless a listed surname (not `प्रत्याशी को 70 मत`, `उन्हें 60 मत`, `बालक टीम (द्वितीय)`); one word alone must be a
 * listed given name, even one that is a word too (दीपक, गौरव), never one that names a deity or a day as often (राम);
 * two or three hold a listed given name or surname. An unlisted word is no one here: a village or a team gets votes
 * and ranks too (`मंगलपुर को 812 मत`). A bracketed rank counts only in a table of two cues or more. Words claimed
 * already (parties, places, people found) are never taken.
 */
export function createResultNames(data: ResultNameData): Finder {
  const set = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey));
  const [votes, markers, scales, ranks, notAfter, never] = [set(data.votes), set(data.markers), set(data.scales), set(data.ranks), set(data.notAfter), set(data.never)];
  return (ts, claimed, tests) => {
    const { tokens, folded } = ts;
    const gap = (a: Token, b: Token): string => folded.text.slice(a.end, b.start);
    /** Index after a count of votes starting at `at`, or -1. */
    const votesAfter = (at: number): number => {
      let i = at;
      while (i - at < MAX_COUNT && (DIGITS.test(tokens[i]?.text ?? '') || (i > at && scales.has(tokens[i]?.text ?? '')))) i++;
      return i > at && votes.has(tokens[i]?.text ?? '') ? i + 1 : -1;
    };
    /** The cue right after the word at `end - 1`: 'vote', 'rank' or null. */
    const cueAt = (end: number): 'vote' | 'rank' | null => {
      const [last, next] = [tokens[end - 1], tokens[end]];
      if (last === undefined || next === undefined) return null;
      if (next.joined && markers.has(next.text) && votesAfter(end + 1) > 0) return 'vote';
      if (!OPEN.test(gap(last, next))) return null;
      const after = votesAfter(end);
      if (after > 0 && CLOSE.test(folded.text.slice(tokens[after - 1]?.end ?? 0))) return 'vote';
      return ranks.has(next.text) && CLOSE.test(folded.text.slice(next.end)) ? 'rank' : null;
    };
    // (most sentences hold no word of votes or ranks: nothing to read)
    if (!tokens.some((t) => votes.has(t.text) || ranks.has(t.text))) return [];
    const cues = tokens.map((_, i) => (i > 0 ? cueAt(i) : null));
    const table = cues.filter((c) => c !== null).length >= 2;
    // a name word of the cue's name: no everyday word unless a listed surname (`बालक टीम` folds टीम like the given name
    // Tim, reviewer); the word right before the cue may be a given name that is a word too (दीपक, गौरव)
    const nameish = (i: number, last: boolean): boolean => {
      const w = tokens[i]?.text ?? '';
      return !claimed[i] && tests.isNameWord(w) && (tests.isSurname(w) || !tests.isCommon(w) || (last && tests.isGivenName(w)));
    };
    const out: NameSpan[] = [];
    cues.forEach((cue, end) => {
      if (cue === null || (cue === 'rank' && !table)) return;
      let from = end;
      while (from > 0 && end - from < MAX_WORDS && nameish(from - 1, from === end) && (from === end || tokens[from]?.joined)) from--;
      if (from === end || notAfter.has(tokens[from - 1]?.text ?? '')) return;
      const one = tokens[from]?.text ?? '';
      // (a name word right before, claimed or an everyday word, when the name would start with an initial or a surname:
      // the name is longer than what is left, `रत्न सी मैथ्यू`, `उमराव सिंह भाटी`; or found already)
      const before = from > 0 && tokens[from]?.joined === true && tests.isNameWord(tokens[from - 1]?.text ?? '');
      if (before && (claimed[from - 1] || initialLetter(one) !== undefined || LETTER_WORDS.has(one) || (tests.isSurname(one) && !tests.isGivenName(one)))) return;
      // (a party's acronym alone is no candidate: `एलएसपी को 900 वोट`)
      // one word alone is a listed given name, never one that names a deity or a day as often (राम, पूनम: loneGivenNames
      // never); an unlisted word may be a village or a team (`मंगलपुर को 812 मत`, `चकसराय (प्रथम)`, reviewer)
      if (end - from === 1 && (spellFoldedAcronym(one) !== null || !tests.isGivenName(one) || never.has(one))) return;
      // (two or three words: one of them a listed given name or surname)
      if (end - from > 1 && !tokens.slice(from, end).some((t) => tests.isGivenName(t.text) || tests.isSurname(t.text))) return;
      out.push({ from, to: end, weak: false });
    });
    return out;
  };
}
