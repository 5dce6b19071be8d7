import { foldKey } from '../text/devanagari.js';
import type { NumberFact } from '../types.js';
import type { Rendered } from './english-clause.js';
import { formatDateRange } from './english-date.js';
import { countWord, formatValue, indianScale, vagueWords } from './english-morph.js';
import type { Item } from './tokens.js';

/** Unknown words a sentence may hold, and the share of its words the lexicon must read. */
const MAX_UNKNOWN = 1;
const MIN_COVERAGE = 0.75;
/** A token that is only a figure (`83.20`, `1,200`, `२५`). */
const BARE_FIGURE = /^\p{N}[\p{N},.:/-]*$/u;

/** Content words the lexicon could not read (function words such as एक, कोई, भी do not count). */
export const unknownWords = (items: readonly Item[], stopwords: ReadonlySet<string>): number =>
  items.filter((i) => i.kind === 'word' && !stopwords.has(foldKey(i.text))).length;

/** Longest headline that stays a sentence; a longer one becomes the structured line. */
export const TITLE_MAX = 110;

/** Ways a figure may be written in an English line: "nine", "9", "30,000", "400 crore", "thousands". */
function figureForms(n: NumberFact): string[] {
  const vague = n.qualifier === 'vague' ? vagueWords(n.value) : null;
  if (vague) return [vague];
  return [countWord(n.value), formatValue(n.value), indianScale(n.value).split(' ')[0] ?? ''].filter((f) => f.length > 0);
}

/** Every name, figure and framed date of the items is in the English text. */
function everyFactShown(items: readonly Item[], text: string): boolean {
  const lower = text.toLowerCase();
  return items.every((it) => {
    if (it.kind === 'mention' && it.mention) {
      if (it.mention.kind === 'place' && it.mention.adjective) return true;
      return text.includes(it.mention.en);
    }
    if (it.kind === 'number' && it.number) return figureForms(it.number).some((f) => lower.includes(f.toLowerCase()));
    if (it.converted && it.date) return text.includes(formatDateRange(it.date.value, it.date.end));
    return true;
  });
}

/**
 * Figures the word order cannot keep apart: two figures of one counted thing ("भाजपा को 166 और
 * कांग्रेस को 63 सीटें") or a figure that belongs to a name. A sentence could swap them.
 */
function ambiguousFigures(items: readonly Item[]): boolean {
  const numbers = items.filter((i) => i.kind === 'number' && i.number).map((i) => i.number as NumberFact);
  if (numbers.some((n) => n.owner)) return true;
  const units = numbers.map((n) => n.unit ?? '');
  return new Set(units).size < units.length;
}

/**
 * A sentence is shown only when the renderer is sure of it: every clause has its verb and the
 * first its subject, at most one content word (and under a quarter) was not understood, every name, figure and framed date of the Hindi
 * is in the English, no two figures could trade places, and a headline stays one short line.
 */
export function confident(r: Rendered, items: readonly Item[], headline: boolean, stopwords: ReadonlySet<string>): boolean {
  // function words the lexicon leaves unread (एक, कोई, भी) carry no frame; one unknown content word
  // (a modifier the lexicon lacks: "रक्षा") loses a detail, not the frame
  const unknown = unknownWords(items, stopwords);
  // a headline may be a noun phrase ("पुतिन का उत्तर कोरिया दौरा"): read in full, it is a title
  const nominal = headline && !r.hasVerb && unknown === 0 && r.hasSubject;
  if (!(r.complete || nominal) || r.doubt || unknown > MAX_UNKNOWN || r.known < 2) return false;
  // a figure no extractor read (`83.20 पर बंद`) is lost from the sentence, and its postposition goes to
  // another figure ("Rupee closed at 10 paisas", when it closed at 83.20, 10 paise stronger)
  if (items.some((i) => i.kind === 'word' && BARE_FIGURE.test(i.text))) return false;
  if (r.known / (r.known + unknown) < MIN_COVERAGE) return false;
  if (r.text.split(' ').length < 3) return false;
  if (headline && r.text.length > TITLE_MAX) return false;
  return everyFactShown(items, r.text) && !ambiguousFigures(items);
}
