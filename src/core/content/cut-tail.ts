import { foldKey } from '../text/devanagari.js';
import type { CleaningData } from './cleaning-data.js';
import { mostlyDevanagari, wordsOf } from './line-tools.js';

/** Fewest words of a line whose cut-off end makes it prose rather than a pasted headline. */
const MIN_WORDS = 4;
/** One Devanagari syllable: a consonant with a vowel sign, a virama or a nasal mark at most. */
const ONE_SYLLABLE = /^[\u0915-\u0939\u0958-\u095F][\u093E-\u094D\u0901\u0902]?$/u;
const VIRAMA_END = /\u094D$/u;
/** Fewest words of a line that is a clause on a page written without sentence ends. */
const CLAUSE_WORDS = 6;

export interface CutTail {
  cutOff: (line: string) => boolean;
  leadIn: (line: string) => boolean;
  /** Narrative in the past that lost its danda (`… कमाए थे`): prose like a lead-in, unless a bullet (a link's). */
  narrative: (line: string) => boolean;
  clause: (line: string) => boolean;
}

/**
 * A short line without sentence end that is no headline, because it is prose: a Hindi clause cut off
 * where the page ends, mid-word (`… चंद्रशेखर शुक्`, `… पेन` a letter short of `पेनल्टी` is not told apart) or on a word that cannot end
 * a line (`… के पुराने`, `… द्वारा कि`); or a reporter's lead-in to what follows (`… डीएसपी राहुल कुमार
 * ने बताया`; headlines.ts keeps it only when it shares a word with the story). Such a line keeps its facts (the
 * cut-off step drops its last, maybe broken, word); one ending in a whole short word (`… जीत दर्ज की`) is none.
 */
export function createCutTail(data: CleaningData): CutTail {
  const dangling = new Set(data.join.danglingEnds.map(foldKey));
  // (unfolded: की, a verb's end in `जीत दर्ज की`, folds like कि, which dangles)
  const shortWords = new Set(data.sentenceFurniture.shortWords.map((w) => w.normalize('NFC')));
  const endsIn = (ends: readonly string[]): ((line: string) => boolean) => {
    const folded = ends.map((p) => wordsOf(foldKey(p)));
    return (line) => {
      const words = wordsOf(foldKey(line));
      return words.length >= MIN_WORDS && folded.some((end) => end.length > 0 && end.every((w, i) => words[words.length - end.length + i] === w));
    };
  };
  const leadIn = endsIn(data.headline.leadInEnds);
  const narrative = endsIn(data.headline.narrativeEnds);
  const cutOff = (line: string): boolean => {
    const words = wordsOf(foldKey(line));
    const last = words.at(-1) ?? '';
    if (words.length < MIN_WORDS || !mostlyDevanagari(line) || shortWords.has((wordsOf(line.normalize('NFC')).at(-1) ?? ''))) return false;
    return dangling.has(last) || VIRAMA_END.test(last) || ONE_SYLLABLE.test(last);
  };
  /** A Hindi clause of some length (a page written without sentence ends is made of these). */
  const clause = (line: string): boolean => wordsOf(line).length >= CLAUSE_WORDS && mostlyDevanagari(line);
  return { cutOff, leadIn, narrative, clause };
}
