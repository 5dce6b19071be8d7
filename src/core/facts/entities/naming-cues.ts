import type { NameSpan } from './context-names.js';
import { createPseudonymMark } from './pseudonyms.js';
import { phraseKey, type Token } from './tokens.js';

/** Config for phrases that name a person outright (entities.yaml `namingCues`). */
export interface NamingCueData {
  /** Who owns `की पहचान` / `का नाम`: a person's noun (मृतक, युवक, आरोपी) or a pronoun of one (एक, दूसरे). */
  owners: readonly string[];
  /** A person's noun after `नाम के` / `नामक` (युवक, व्यक्ति, किसान); never एक, whose noun follows. */
  persons: readonly string[];
  /** Nouns after the owner's `की`/`का` that the name follows: पहचान, शिनाख्त, नाम. */
  cues: readonly string[];
  /** Words that close such a name (के रूप में, बताया, पुत्र, उम्र). */
  ends: readonly string[];
  /** Kinship words after a name (पुत्र, पुत्री, पत्नी, पिता, उर्फ): with them, or with an age in brackets, a name the lists do not know is a person's too. */
  kinshipEnds: readonly string[];
  /** Words that may close it too (है, हुई, निवासी; a comma, any punctuation or the sentence's end): only a name with a listed given name or surname. */
  weakEnds: readonly string[];
  /** Ends that may follow a village as well (`की पहचान गडगाडेश्वर निवासी साहिल …`): a name closed by one is dropped when a name word follows. */
  residentEnds: readonly string[];
  /** An age before the name, after a number (`की पहचान 35 वर्षीय सुखराम के रूप में`): वर्षीय (aged-names.ts reads it too). */
  ageWords: readonly string[];
  /** A bracket saying the name is not the real one (`सीमा (बदला हुआ नाम)`): no one is named (aged-names.ts reads it too). */
  pseudonyms: readonly string[];
  /** What joins a name to the person's noun after it: नाम के, नाम की, नामक. */
  calledBy: readonly string[];
}

/** The genitive before the cue noun, folded. */
const OF = new Set(['की', 'का', 'के'].map(phraseKey));
/** `है` right after `नाम` (`का नाम है अर्जुन`), folded. */
const IS = phraseKey('है');
const ONE = phraseKey('एक');
/** A plural owner (मृतकों, कर्मचारियों, आरोपियों) or दोनों, folded. */
const PLURAL = /ों$/u;
const BOTH = phraseKey('दोनों');
const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं'].map(phraseKey));
/** At most this many names in one naming phrase (`की पहचान रवि, मुकेश और सोनू के रूप में`). */
const MAX_NAMES = 4;
/** A name is one to this many words. */
const MAX_WORDS = 4;
/** A name before `नाम के` is one to this many words. */
const MAX_CALLED_WORDS = 3;

interface Words {
  /** A word that may be part of the name and is in no mention yet. */
  free: (i: number) => boolean;
  /** A listed given name or surname at `i`. */
  known: (i: number) => boolean;
  /** A listed given name that is also an everyday word (विशाल, आयुष) at `i`: a name only before a strong end. */
  weakKnown: (i: number) => boolean;
  /** A kinship word at `at`, or an age in brackets (`सुखराम (35)`): a person follows for sure. */
  kin: (at: number) => boolean;
  strong: (at: number) => boolean;
  weak: (at: number) => boolean;
}

type WordTest = (word: string) => boolean;
type Finder = (tokens: readonly Token[], held: readonly boolean[], isNameWord: WordTest, isKnownName: WordTest, isPersonNoun: WordTest, isWeakGivenName?: WordTest) => NameSpan[];

/**
 * People named outright by a crime or accident report: after an owner's `की पहचान` or `का नाम`, up to a
 * closing word (`मृतक की पहचान सुखराम के रूप में हुई`, `आरोपी का नाम अर्जुन बताया`), and before `नाम के` + a
 * person's noun (`मोहम्मद हसन नाम के व्यक्ति`). The name needs a listed given name or surname (not `का नाम
 * गुप्त रखा है`, `शव की पहचान बाकी`, `नाम 'वायरल' हो गया`), unless a kinship word or a bracketed age follows it; no
 * person's noun is a name (`अधेड़ उम्र के व्यक्ति`); everyday words are trimmed off by the caller; a list is names
 * to its end or nothing.
 */
export function createNamingCues(data: NamingCueData): Finder {
  const set = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey));
  const [owners, persons, cues, ages, residents] = [set(data.owners), set(data.persons), set(data.cues), set(data.ageWords), set(data.residentEnds)];
  const phrases = (list: readonly string[]): string[][] => list.map((e) => phraseKey(e).split(' '));
  const [ends, weakEnds, kinshipEnds, calledBy] = [phrases(data.ends), phrases(data.weakEnds), phrases(data.kinshipEnds), phrases(data.calledBy)];
  const phraseAt = (tokens: readonly Token[], at: number, phrase: readonly string[]): boolean => phrase.every((w, k) => tokens[at + k]?.text === w && tokens[at + k]?.joined);
  const pseudonymAfter = createPseudonymMark(data.pseudonyms);
  return (tokens, held, isNameWord, isKnownName, isPersonNoun, isWeakGivenName = () => false) => {
    const words: Words = {
      free: (i) => !held[i] && isNameWord(tokens[i]?.text ?? '') && !isPersonNoun(tokens[i]?.text ?? ''),
      known: (i) => isKnownName(tokens[i]?.text ?? ''),
      weakKnown: (i) => isWeakGivenName(tokens[i]?.text ?? ''),
      kin: (at) => kinshipEnds.some((e) => phraseAt(tokens, at, e)) || (/^[0-9०-९]+$/u.test(tokens[at]?.text ?? '') && tokens[at]?.joined === false),
      strong: (at) => ends.some((e) => phraseAt(tokens, at, e)),
      weak: (at) => at >= tokens.length || !tokens[at]?.joined || weakEnds.some((e) => phraseAt(tokens, at, e)),
    };
    const out: NameSpan[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (i >= 2 && cues.has(tokens[i]?.text ?? '') && OF.has(tokens[i - 1]?.text ?? '') && owners.has(tokens[i - 2]?.text ?? '') && tokens[i]?.joined && tokens[i - 1]?.joined) {
        let at = tokens[i + 1]?.text === IS ? i + 2 : i + 1;
        if (/^[0-9०-९]+$/u.test(tokens[at]?.text ?? '') && ages.has(tokens[at + 1]?.text ?? '')) at += 2;
        // (a given name that is also a word names one owner only: `कर्मचारियों की पहचान कौशल के तौर पर` is a skill, review)
        const owner = tokens[i - 2]?.text ?? '';
        const names = namesAfter(tokens, at, PLURAL.test(owner) || owner === BOTH ? { ...words, weakKnown: () => false } : words);
        const last = names[names.length - 1];
        if (last === undefined || pseudonymAfter(tokens, last.to) || (residents.has(tokens[last.to]?.text ?? '') && words.free(last.to + 1))) continue;
        out.push(...names);
      }
      const called = calledBy.find((c) => phraseAt(tokens, i, c));
      if (called === undefined) continue;
      const next = i + called.length;
      // (one determiner between: `रमेश नाम के एक युवक`)
      const person = tokens[next]?.text === ONE ? next + 1 : next;
      if (!persons.has(tokens[person]?.text ?? '') || !tokens[person]?.joined) continue;
      let from = i;
      while (from > 0 && i - from < MAX_CALLED_WORDS && words.free(from - 1) && tokens[from]?.joined) from--;
      // (a listed given name or surname among them: not `फर्जी हिंदू नाम के युवक`)
      if (from < i && Array.from({ length: i - from }, (_, k) => from + k).some(words.known)) out.push({ from, to: i, weak: false });
    }
    return out;
  };
}

/**
 * Names from `at`: one, or a list joined by commas and a last conjunction (every item a name). A name with a listed
 * given name or surname may be closed by any end; one the lists do not know only by a kinship word or a bracketed
 * age; [] otherwise.
 */
function namesAfter(tokens: readonly Token[], at: number, words: Words, depth = 0): NameSpan[] {
  let to = at;
  while (to - at < MAX_WORDS && words.free(to) && !words.strong(to) && (to === at || !words.weak(to))) to++;
  if (to === at) return [];
  const span: NameSpan = { from: at, to, weak: false };
  const conjunction = CONJUNCTIONS.has(tokens[to]?.text ?? '') && tokens[to]?.joined === true;
  const listed = depth + 1 < MAX_NAMES && (conjunction || tokens[to]?.comma === true);
  const more = listed ? namesAfter(tokens, conjunction ? to + 1 : to, words, depth + 1) : [];
  if (more.length > 0) return [span, ...more];
  const within = Array.from({ length: to - at }, (_, k) => at + k);
  const known = within.some(words.known);
  // a listed given name or surname closed by any end (a conjunction with no name after it too: `एक का नाम संदीप और
  // दूसरे का …`); a name the lists do not know only before a kinship word or a bracketed age (`सुखराम (35) पुत्र …`);
  // a given name that is also a word only before a strong end (`का नाम विशाल बताया`; not `का नाम उजागर हुआ`)
  const weakKnown = within.some(words.weakKnown) && words.strong(to);
  return (known && (words.strong(to) || words.weak(to) || conjunction)) || weakKnown || words.kin(to) ? [span] : [];
}
