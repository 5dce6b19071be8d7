import type { NameSpan } from './context-names.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** Postpositions that end a place after `जनपद`/`थाना`/`निवासी` (`ग्राम प्रधान ने` is a role: config notPlaces). */
/** Postpositions and a conjunction that end a place's name after its district word (जनपद बलिया में). */
export const PLACE_ENDS: ReadonlySet<string> = new Set(['में', 'के', 'की', 'का', 'से', 'को', 'ने', 'और'].map(phraseKey));

/** A figure (`68`, `१२`). */
const FIGURE = /^\p{N}+$/u;

/** Endings of adjectives that stand before जिले (सीमावर्ती, प्रभावित, पड़ोसी, राष्ट्रीय). */
const ADJECTIVE_ENDINGS = ['वर्ती', 'ित', 'ग्रस्त', 'ीय', 'िय', 'ोसि', 'ोसी', 'तम'];

/**
 * District names by context: one or two name words before जिले / जनपद (`केरल के मलप्पुरम जिले`),
 * or one after जिला / जनपद (`जनपद बलिया`); villages, police-station areas and blocks alike
 * (`लक्ष्मीपुर गांव`, `थाना बिहटा`, config/entities.yaml districtWords). Only unclaimed, name-like words; a gazetteer place
 * has already claimed its tokens, so this only adds districts the gazetteer does not know.
 */
export function createDistrictFinder(data: EntitiesData, isNameWord: (word: string) => boolean): (tokens: readonly Token[], claimed: readonly boolean[], placeAt?: ReadonlyMap<number, unknown>) => NameSpan[] {
  const after = new Set(data.districtWords.after.map(phraseKey));
  const before = new Set(data.districtWords.before.map(phraseKey));
  // a person's name word is no place (विक्की वर्मा निवासी भट्टागांव: Varma lives in Bhattagaon), nor a role
  // or a kind of village or station (ग्राम प्रधान, साइबर थाना: config notPlaces)
  const nameParts = new Set([...data.surnames, ...data.givenNames, ...data.weakGivenNames, ...data.districtWords.notPlaces].map(phraseKey));
  const adjectiveEndings = ADJECTIVE_ENDINGS.map(phraseKey);
  // (nor a word right after a figure: an ordinal's suffix typed apart, `41 वी जिला स्तरीय प्रतियोगिता`, the 41st district meet)
  const placeWord = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): boolean => {
    const w = tokens[i]?.text ?? '';
    return !claimed[i] && isNameWord(w) && !nameParts.has(w) && !adjectiveEndings.some((e) => w.endsWith(e)) && !FIGURE.test(tokens[i - 1]?.text ?? '');
  };
  // constituencies: one name word before a seat phrase (`घोसी विधानसभा सीट`, `डुमरी विधानसभा क्षेत्र`); before a bare
  // सीट only after a state's genitive (`केरल की पुथुपल्ली सीट`: not `आरएसी सीट`, `पीजी सीट`, `कानपुर कैंट सीट`)
  const seats = data.districtWords.seats.map((p) => p.split(/\s+/u).map(phraseKey)).sort((a, b) => b.length - a.length);
  const genitives = new Set(['की', 'के', 'का'].map(phraseKey));
  const seatAt = (tokens: readonly Token[], k: number, claimed: readonly boolean[]): boolean =>
    seats.some((words) => words.every((w, j) => tokens[k + j]?.text === w && tokens[k + j]?.joined)
      && (words.length > 1 || (genitives.has(tokens[k - 2]?.text ?? '') && claimed[k - 3] === true)));
  // a known place before the resident cue is where the person lives: the word after it is the person (मुरादाबाद निवासी गुलफाम)
  const residents = new Set(data.residentCues.map(phraseKey));
  return (tokens, claimed, placeAt = new Map()) => {
    const out: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]?.text ?? '';
      if (tokens[i]?.joined && placeWord(tokens, i, claimed) && seatAt(tokens, i + 1, claimed)) out.push({ from: i, to: i + 1, weak: false });
      if (after.has(w) && i > 0 && tokens[i]?.joined && placeWord(tokens, i - 1, claimed)) {
        const from = i > 1 && tokens[i - 1]?.joined && placeWord(tokens, i - 2, claimed) && tokens[i - 2]?.text !== 'के' ? i - 2 : i - 1;
        // a lone district word after के is the usual shape; two words need a genitive before them
        const start = from === i - 2 && tokens[from - 1]?.text !== 'के' ? i - 1 : from;
        out.push({ from: start, to: i, weak: false });
      }
      if (before.has(w) && !(residents.has(w) && placeAt.has(i - 1)) && tokens[i + 1]?.joined && placeWord(tokens, i + 1, claimed) && !(tokens[i + 2]?.joined && after.has(tokens[i + 2]?.text ?? ''))) {
        const next = tokens[i + 2];
        // a postposition or punctuation ends the place (जनपद बलिया में, निवासी परेव, थाना बिहटा)
        if (next === undefined || !next.joined || PLACE_ENDS.has(next.text)) out.push({ from: i + 1, to: i + 2, weak: false });
      }
    }
    return out;
  };
}

/**
 * A word shaped like a town or village name (`महेशपुर`, `बड़ागांव`: config districtWords.placeEndings): a name
 * word, no listed given name or surname, longer than its ending by at least two letters.
 */
export function createPlaceLikeRule(data: EntitiesData, isNameWord: (word: string) => boolean): (word: string) => boolean {
  const endings = data.districtWords.placeEndings.map(phraseKey).filter((e) => e.length > 0);
  const nameParts = new Set([...data.surnames, ...data.givenNames, ...data.weakGivenNames, ...data.districtWords.notPlaces].map(phraseKey));
  return (word) => isNameWord(word) && !nameParts.has(word) && endings.some((e) => word.endsWith(e) && word.length >= e.length + 2);
}
