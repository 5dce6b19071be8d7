import type { Dateline } from '../types.js';
import { endsSentence } from './line-tools.js';

/** Most words a line of place names above a story has (`उत्तर प्रदेश कैराना`, `बिहार | पटना`). */
const MAX_WORDS = 5;
/** Longest place name, in words (`गौतम बुद्ध नगर`). */
const MAX_PLACE_WORDS = 3;

/**
 * How many known place names a line is made of, and nothing else (separators allowed), else 0. One or two (a
 * state and a town: `उत्तर प्रदेश कैराना`, `बिहार / पटना`) are a place label above the story; more are a menu of
 * sections (`उत्तर प्रदेश बिहार दिल्ली राजस्थान`). Neither is a headline.
 */
export function createPlaceLine(isKnownPlace: (words: string) => boolean): (line: string) => number {
  return (line) => {
    const words = line.split(/[\s/|,»›>:-]+/u).filter((w) => w !== '');
    if (words.length === 0 || words.length > MAX_WORDS) return 0;
    // greedy: the longest known place at each position, until the words run out or none fits
    let places = 0;
    for (let i = 0; i < words.length;) {
      let n = Math.min(MAX_PLACE_WORDS, words.length - i);
      while (n > 0 && !isKnownPlace(words.slice(i, i + n).join(' '))) n--;
      if (n === 0) return 0;
      i += n;
      places++;
    }
    return places;
  };
}

/** Most places a label above the story names (a state and a town); a line of more is a menu. */
export const MAX_LABEL_PLACES = 2;

/** Most words of the site's or reporter's name beside a place in a slash label (`आवाज द वॉयस/नई दिल्ली`). */
const MAX_SOURCE_WORDS = 4;

/**
 * A label of a source and a place split by one slash, either way round (`आवाज द वॉयस/नई दिल्ली`,
 * `नई दिल्ली/टीम डिजिटल`), alone on its line with no sentence end: the story's dateline (its place; the source is
 * the credit), never a headline. Returns that dateline, or null.
 */
export function createSlashLabel(isKnownPlace: (words: string) => boolean, isStopword: (word: string) => boolean = () => false): (line: string) => Dateline | null {
  return (line) => {
    const sides = line.trim().split('/').map((s) => s.trim());
    if (sides.length !== 2 || endsSentence(line.trim())) return null;
    const [a = '', b = ''] = sides;
    // (a source's name holds no postposition or verb: `दिल्ली/एनसीआर में भारी बारिश` is a headline)
    const short = (s: string): boolean => s !== '' && s.split(/\s+/u).length <= MAX_SOURCE_WORDS && !s.split(/\s+/u).some(isStopword);
    // the place is the story's dateline, the source its credit
    const [place, credit] = isKnownPlace(a) && short(b) ? [a, b] : isKnownPlace(b) && short(a) ? [b, a] : [null, null];
    return place === null ? null : { text: line.trim(), place, date: null, credit };
  };
}
