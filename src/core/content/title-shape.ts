import { splitSentences } from '../text/sentences.js';
import type { CleaningData } from './cleaning-data.js';
import { BULLET, compileAll, lineStart, wholeLine, wordsOf } from './line-tools.js';
import { compileWithMonths } from './month-words.js';
import { MAX_LABEL_PLACES } from './place-lines.js';

/** Why a line near the top of a page is not its headline, or null when it may be one. */
export type NotTitle = 'label' | 'stamp' | 'menu' | 'slug' | 'latin' | 'short' | 'deck' | 'byline' | 'places';

/** What a line is, seen from the headline search: furniture, a possible headline, or prose. */
export type LineShape = { kind: 'furniture'; why: NotTitle } | { kind: 'headline' } | { kind: 'prose' };

const DEVANAGARI = /\p{Script=Devanagari}/u;
/** A line of at most this many name words is a byline, not a headline. */
const BYLINE_WORDS = 3;
/** A byline's leading dash (`- सुरेश प्रसाद आजाद`, `— …`). */
const BYLINE_DASH = /^\s*[-–—]\s*/u;
const LATIN = /\p{Script=Latin}/u;
/** A bullet or dash glued to the first word (`*पंजाब, दिल्ली … ने भी जीते स्वर्ण।`, `-सुप्रीम कोर्ट बोला`): a deck line, not a headline. */
const DECK = new RegExp(`^${BULLET}(?=\\p{L})`, 'u');
/** The bullet (and spaces) opening a line. */
export const DECK_MARK = new RegExp(`^${BULLET}\\s*`, 'u');
/** Ends like a statement (danda, full stop, pipe): a sentence, not a headline. A short line cut with an ellipsis
 * (`भारत, बांग्लादेश के बीच द्विपक्षीय वार्ता…`) is a headline shortened by the page, not prose. */
const STATEMENT_END = /(?<!\.\.)[।॥|.]["'”’)\]]*$/u;

/** A Hindi headline, an ellipsis, then its English gloss. */
const GLOSSED = /^[^A-Za-z]*\p{Script=Devanagari}[^A-Za-z]*(?:\.{3,}|…)\s*[A-Za-z]/u;
/** A site's promotion in English (`… Read all the latest news on our website`, `Download our app`): no gloss of a headline. */
const PROMO = /\b(?:on our (?:website|app|site)|download (?:our|the) app|read all the latest|latest news (?:on|from) our|subscribe to our|follow us)\b/iu;

/** Fewest Devanagari words after a date stamp that, with a danda, make the line the story's opening sentence. */
const STORY_WORDS = 4;

/**
 * The line goes on past its stamp into a sentence (`अक्टूबर 30, 2016, भारत और पाकिस्तान के बीच … ।`): a danda and at
 * least `STORY_WORDS` Devanagari words besides the stamp — not `19 जून 2024, बुधवार।` nor `प्रकाशित: 19 जून 2024। अपडेट: …`.
 */
function storyAfterStamp(stamps: readonly RegExp[], line: string): boolean {
  if (!/[।॥]/u.test(line)) return false;
  return stamps.some((r) => {
    const m = r.exec(line);
    if (m === null) return false;
    const rest = line.slice(0, m.index) + line.slice(m.index + m[0].length);
    return rest.split(/\s+/u).filter((w) => DEVANAGARI.test(w) && /\p{L}/u.test(w)).length >= STORY_WORDS;
  });
}

/**
 * Judges lines near the top of a page: labels (`Breaking News`, `LIVE`), date stamps, menus and
 * breadcrumbs, URL slugs, Latin-only site names, bullet decks and one- or two-word lines are furniture; a short
 * line of mostly Devanagari words that is not a sentence may be the headline; anything else is prose.
 */
export function createTitleShape(data: CleaningData, months: string, isCommonWord?: (word: string) => boolean): (line: string) => LineShape {
  const t = data.title;
  const label = compileAll(t.labels, 'iu', (s) => `^(?:${s})(?:\\s*[:：|\\-–—]){0,2}$`);
  const stamps = compileWithMonths(t.stamps, 'iu', months);
  const menus = compileAll(t.menus, 'iu', wholeLine);
  const slugs = compileAll(t.slugs, 'iu', wholeLine);
  const readAlso = compileAll(data.footer.readAlso, 'iu', lineStart);
  const any = (regexes: RegExp[], line: string) => regexes.some((r) => r.test(line));

  const furniture = (line: string, words: string[]): NotTitle | null => {
    if (line.length > t.maxChars * 2) return null;
    // a bullet before a label or menu (`►यह भी पढ़ें: …`) is still that label, not a deck
    const bare = line.replace(DECK_MARK, '');
    if (any(label, bare) || any(readAlso, line)) return 'label';
    if (DECK.test(line)) return 'deck';
    if (any(menus, line) || any(menus, bare)) return 'menu';
    if (any(slugs, line)) return 'slug';
    if (words.length <= t.maxWords && any(stamps, line) && !storyAfterStamp(stamps, line)) return 'stamp';
    const hindi = words.filter((w) => DEVANAGARI.test(w)).length;
    const latin = words.filter((w) => LATIN.test(w)).length;
    if (hindi === 0 && latin > 0 && words.length <= t.maxWords) return 'latin';
    return null;
  };

  return (line) => {
    const words = wordsOf(line);
    const why = furniture(line, words);
    if (why) return { kind: 'furniture', why };
    // a headline may exclaim or ask mid-line (`Cyclone Alert जारी! अगले 48 घंटे रहेंगे खतरनाक, …`):
    // only a statement end (danda, full stop) inside makes it two sentences
    // a full stop glued between two words (`यूपी.तेलुगु मैच टाई`) joins them, as a hyphen would
    // (and an ellipsis inside joins two halves of one headline: `… 4.9 रही तीव्रता... Earth trembled …`)
    const inner = splitSentences(line.replace(/(?<=[\p{L}\p{M}])\.(?=\p{L})/gu, '-').replace(/(?<=\S)(?:\.{3,}|…)(?=\s+\S)/gu, ',')).slice(0, -1).map((s) => s.text);
    const oneSentence = inner.every((s) => /[!?]["'”’)\]]*$/u.test(s));
    if (!oneSentence || words.length > t.maxWords || line.length > t.maxChars || STATEMENT_END.test(line)) return { kind: 'prose' };
    if (words.length < t.minWords) return { kind: 'furniture', why: 'short' };
    const hindi = words.filter((w) => DEVANAGARI.test(w)).length;
    const latin = words.filter((w) => LATIN.test(w)).length;
    // (a Hindi headline with its English gloss after an ellipsis is still Hindi: `… 4.9 रही तीव्रता... Earth trembled …`)
    if (hindi < 2 || (latin > hindi && (!GLOSSED.test(line) || PROMO.test(line)))) return { kind: 'furniture', why: 'latin' };
    // a dash and three words or fewer with no everyday word among them are a name: a byline (`- सुरेश प्रसाद
    // आजाद`); without the dash a short headline (`अलविदा रतन टाटा`) stays one
    if (isCommonWord && BYLINE_DASH.test(line) && words.length <= BYLINE_WORDS && words.every((w) => DEVANAGARI.test(w) && !isCommonWord(w))) return { kind: 'furniture', why: 'byline' };
    return { kind: 'headline' };
  };
}

/**
 * A shape that also calls a headline-shaped line of one or two place names a section label (`उत्तर प्रदेश कैराना`) and one
 * of a person's name only a byline (`दीपक कुमार मिश्रा`).
 */
export function placesLabelled(shape: (line: string) => LineShape, places: (line: string) => number, nameOnly: (line: string) => boolean = () => false): (line: string) => LineShape {
  return (line) => {
    const s = shape(line);
    if (s.kind !== 'headline') return s;
    const n = places(line);
    // (a line of more places than a label names is a menu of sections: `उत्तर प्रदेश बिहार दिल्ली राजस्थान`)
    if (n > 0) return { kind: 'furniture', why: n <= MAX_LABEL_PLACES ? 'places' : 'menu' };
    return nameOnly(line) ? { kind: 'furniture', why: 'byline' } : s;
  };
}
