import type { EntitiesData } from './entities-data.js';
import { AFTER_NAME, JI } from './known-names.js';
import { phraseKey, type Token } from './tokens.js';
import { cueMatches, cueWords } from './cue-words.js';

/** Postpositions and conjunctions: a word right before one may still end a name (प्रमोद कुमार रघुवंशी द्वारा). */
const MARKERS = new Set([...AFTER_NAME, ...['की', 'द्वारा'].map(phraseKey)]);

/** `स्व.`, `स्वर्गीय` (the late) between a kinship word and the relative's name. */
const LATE: ReadonlySet<string> = new Set(['स्व', 'स्वर्गीय', 'स्वर्गवासी'].map(phraseKey));

/** Words after a kinship word within which a residence (निवासी) marks a police record. */
const RESIDENCE_WITHIN = 6;

/** Names are 1–4 words long. */
const MAX_NAME = 4;
const DEVANAGARI_WORD = /^[\u0900-\u097F]{2,}$/u;

/** A name span found by context (after a title, before `ने कहा`), by token range. */
export interface NameSpan {
  from: number;
  to: number;
  /** Found only before an attribution cue, one word long: kept only if the article supports it. */
  weak: boolean;
}

export interface NameFinder {
  /** True when a word can be part of a person's name (not a stopword, title, number …). */
  isNameWord(word: string): boolean;
  /** True for a determiner or quantifier (दोनों, सभी, कई): a title after it is generic. */
  isDeterminer(word: string): boolean;
  /** End (exclusive) of the name starting at `at`, or `at` when there is none; with `endAtBreaker` it ends at निवासी (a relative's, after पुत्र). */
  after(tokens: readonly Token[], at: number, claimed: readonly boolean[], endAtBreaker?: boolean): number;
  /** Names before attribution cues: `X ने कहा`, `X के अनुसार`, `X का कहना`. */
  speakers(tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[];
}

/**
 * Unknown proper names found by context. Words of the name must be Devanagari, not stopwords or
 * common nouns from config (उन्होंने, सरकार, पुलिस), not titles, not ending like a plural or a verb —
 * unless config's respellings know the word as a name (मैक्रों).
 */
export function createNameFinder(
  data: EntitiesData,
  isTitleWord: (word: string) => boolean,
  isCommon: (word: string) => boolean = () => false,
  /** A given name that is also a title, before a surname (एसपी राजकुमार मेहता): a name word after all. */
  givenBeforeSurname: (tokens: readonly Token[], at: number) => boolean = () => false,
): NameFinder {
  const determiners = new Set(data.determiners.map(phraseKey));
  const stop = new Set([...data.neverNames, ...data.stopwords, ...data.determiners, ...calendarWords()].map(phraseKey));
  const endings = data.nonNameEndings.map(phraseKey).filter((e) => e.length > 0);
  const kinship = new Set(data.kinshipCues.map(phraseKey));
  const aliases = new Set(data.aliasCues.map(phraseKey));
  const cues = [...data.attributionCues, ...data.actionCues, ...data.kinshipCues, ...data.aliasCues].map(cueWords).filter((c) => c.length > 0);
  const copulas = new Set(data.copulas.map(phraseKey));
  const breakers = new Set(data.nameBreakers.map(phraseKey));
  const known = new Set(Object.keys(data.respellings).map(phraseKey));
  const isNameWord = (word: string): boolean =>
    known.has(word) ||
    (DEVANAGARI_WORD.test(word) && !stop.has(word) && !isTitleWord(word) && !endings.some((e) => word.endsWith(e)));
  const free = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): boolean =>
    !claimed[i] && (isNameWord(tokens[i]?.text ?? '') || givenBeforeSurname(tokens, i));

  // a surname or name end that is also a title (रानी, स्वामी) continues a name it follows: सिविल जज इंदू रानी, not Queen
  const surnames = new Set([...data.surnames, ...data.nameEnds].map(phraseKey));
  // (a respelt name that folds like a stop word only opens a name: टिम डेविड, but दिनेश यातायात टीम stops at टीम)
  const continued = (tokens: readonly Token[], i: number, at: number, claimed: readonly boolean[]): boolean =>
    (free(tokens, i, claimed) && (i === at || !stop.has(tokens[i]?.text ?? ''))) || (i > at && !claimed[i] && surnames.has(tokens[i]?.text ?? ''))
    // जी inside a name before its surname: भीम जी उपाध्याय
    || (i > at && !claimed[i] && tokens[i]?.text === JI && surnames.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.joined === true);
  // a surname after the first word ends the name, unless another surname or a case marker follows the next
  // word (सुरेंद्र प्रताप सिंह | हमराही पुलिस बल; लाल बहादुर शास्त्री reads on)
  // (nor after a middle name, कुमार, when a comma follows the next word, as in a list of names: लखन कुमार सिंगला, …;
  // an everyday word there is trimmed off the guess; not at the sentence's end, where adverbs and verbs stand:
  // थानाध्यक्ष अनिल कुमार लाइनहाजिर।)
  const middle = new Set(data.middleNames.map(phraseKey));
  const lastWord = (tokens: readonly Token[], end: number): boolean => middle.has(tokens[end - 1]?.text ?? '') && tokens[end + 1]?.comma === true;
  const endsAfterSurname = (tokens: readonly Token[], end: number, at: number): boolean =>
    end - 1 > at && surnames.has(tokens[end - 1]?.text ?? '') && !surnames.has(tokens[end]?.text ?? '') && !MARKERS.has(tokens[end + 1]?.text ?? '') && !lastWord(tokens, end);
  const nameParts = new Set([...data.givenNames, ...data.weakGivenNames, ...data.surnames].map(phraseKey));
  // a given name that is also a word (धर्म, शिव) does not make a record's name before a kinship word (धर्म पत्नी)
  const weakGiven = new Set(data.weakGivenNames.map(phraseKey));
  const recordParts = new Set([...data.givenNames, ...data.surnames].map(phraseKey).filter((w) => !weakGiven.has(w)));
  const after = (tokens: readonly Token[], at: number, claimed: readonly boolean[], endAtBreaker = false): number => {
    let end = at;
    while (end < tokens.length && end - at < MAX_NAME && continued(tokens, end, at, claimed) && tokens[end]?.joined && !endsAfterSurname(tokens, end, at)) {
      // at a breaker the name is before it when a known name word is there (राजेश निवासी गोविंदगढ़) or it is a
      // relative's (पुत्र हरपाल निवासी …), else after it: the common-word trim drops the breaker and what precedes it
      // (काला कुआं निवासी रवि प्रकाश)
      if (breakers.has(tokens[end]?.text ?? '') && (endAtBreaker || tokens.slice(at, end).some((t) => nameParts.has(t.text)))) return end;
      end++;
    }
    // a word with a figure hyphened to it is a code (`कोच एस-5`: coach S-5), never a name; a respelt name that folds
    // like a stop word is no name alone (`पुलिस अधीक्षक टीम के बल्लेबाज`: the team, no "Tim")
    const coded = tokens[end]?.hyphen === true && /^\p{N}+$/u.test(tokens[end]?.text ?? '');
    const lone = end === at + 1 && stop.has(tokens[at]?.text ?? '');
    return copulas.has(tokens[end]?.text ?? '') || coded || lone ? at : end;
  };

  const cueAt = (tokens: readonly Token[], at: number): string[] | undefined => cues.find((cue) => cueMatches(tokens, at, cue));

  const speakers = (tokens: readonly Token[], claimed: readonly boolean[]): NameSpan[] => {
    const out: NameSpan[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const cue = tokens[i]?.joined ? cueAt(tokens, i) : undefined;
      if (cue === undefined) continue;
      // a kinship word names two people: a name word follows it (रीना पत्नी राकेश), not a postposition (दिवंगत पत्नी की)
      // (an alias, उर्फ, only ever joins a person's two names: the second may be an everyday word, गुड्डी, and the first a
      // given name that is one too, प्रकाश उर्फ टिंकू)
      const alias = cue.length === 1 && aliases.has(cue[0] ?? '');
      const kin = cue.length === 1 && (kinship.has(cue[0] ?? '') || alias);
      const relative = LATE.has(tokens[i + 1]?.text ?? '') ? tokens[i + 2] : tokens[i + 1];
      if (kin && !(relative !== undefined && (relative.joined || LATE.has(tokens[i + 1]?.text ?? '')) && isNameWord(relative.text) && (alias || !isCommon(relative.text)))) continue;
      let start = i;
      // a breaker (निवासी) ends the run: what stands before it is a place (गोविंदगढ़ निवासी दीपक ने)
      while (start > 0 && i - start < MAX_NAME && free(tokens, start - 1, claimed) && !breakers.has(tokens[start - 1]?.text ?? '') && (start === i || tokens[start]?.joined)) start--;
      // one word before a cue with a figure is a doer (अभिषेक ने 20वें मिनट में, सकलेचा ने 2364 मतों से), not a
      // speaker whose one word may be a noun — unless it is an everyday word (टीम ने 3 गोल: टीम folds like टिम)
      // and one word before a kinship word (रमेश पुत्र श्याम लाल) is a person named in a police or court record
      const doer = (cue.some((w) => w === '#' || w === '#th') || kin) && (!isCommon(tokens[start]?.text ?? '') || (alias && nameParts.has(tokens[start]?.text ?? '')));
      // a kinship word names the words before it only in a record's shape: a listed (not weak) given name or surname among
      // them, or a residence after the relative (`रमेश पुत्र श्याम लाल निवासी …`) — not `होनहार पुत्री`, `दत्तक पुत्र`
      if (kin && !alias && !tokens.slice(start, i).some((t) => recordParts.has(t.text)) && !tokens.slice(i + 1, i + 1 + RESIDENCE_WITHIN).some((t) => breakers.has(t.text))) continue;
      // after a person's name and a breaker, the words are where the person lives (रमेश कुमार निवासी भदौरा खेड़ा ने)
      if (start > 1 && breakers.has(tokens[start - 1]?.text ?? '') && nameParts.has(tokens[start - 2]?.text ?? '')) continue;
      if (start < i) out.push({ from: start, to: i, weak: i - start === 1 && !doer });
    }
    return out;
  };

  return { isNameWord, isDeterminer: (word) => determiners.has(word), after, speakers };
}

/** Hindi month and weekday names from Intl (never names of people). */
function calendarWords(): string[] {
  const words: string[] = [];
  try {
    const month = new Intl.DateTimeFormat('hi', { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat('hi', { weekday: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) words.push(month.format(new Date(Date.UTC(2024, m, 1))));
    for (let d = 0; d < 7; d++) words.push(weekday.format(new Date(Date.UTC(2024, 0, 1 + d))));
  } catch {
    return words;
  }
  return words;
}
