import type { Sentence } from '../types.js';

/** English letter names written in Devanagari, as used for initials (एस. सोमनाथ, डी.वाई. चंद्रचूड़). */
const DEVANAGARI_INITIALS = 'ए|बी|सी|डी|ई|एफ|जी|एच|आई|जे|के|एल|एम|एन|ओ|पी|क्यू|आर|एस|टी|यू|वी|डब्ल्यू|एक्स|वाई|जेड';
/** Abbreviations whose full stop does not end a sentence (Hindi and English; titles: डॉ., एड., इंजी., मा.; units: मि.मी., कि.मी., ग्रा., रु., क्विं.; numbers: क्रं., नं.; states: म.प्र., उ.प्र.). */
const ABBREVIATIONS = new RegExp(
  `(?:^|[\\s(.-])(?:डॉ|डा|श्री|श्रीमती|सुश्री|प्रो|मो|ले|स्व|पं|कु|अति|कर्नल|जन|एड|इंजी|मा|मि|मी|कि|किमी|ग्रा|सें|सेमी|रु|क्विं|क्वि|किग्रा|प्र|क्रं|क्र|नं|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Lt|Col|No|vs|etc|[A-Z]|[अ-ह]|${DEVANAGARI_INITIALS})\\.\\s*$`,
  'u',
);
/**
 * A pipe used as a danda after a Hindi word, hugging a word on at least one side (`… खेला गया| विजेता …`,
 * `किया गया |पुरुष वर्ग …`, `… गया|` at the end) ends a sentence; a bar spaced on both sides is a headline's
 * separator (`पुल गिरा | तीन मजदूर लापता`), never between figures or Latin words.
 */
const HINDI = '[\\u0900-\\u0963\\u0970-\\u097F]';
const PIPE_DANDA = new RegExp(`(?<=${HINDI})\\|(?=\\s|${HINDI}|[A-Za-z]|$)|(?<=${HINDI}\\s)\\|(?=${HINDI}|[A-Za-z]|$)`, 'gu');
const segmenter = new Intl.Segmenter('hi', { granularity: 'sentence' });
/** Only the end of the pending text can hold an abbreviation: testing all of it would be quadratic. */
const ABBREVIATION_TAIL = 48;

/** True when the text ends with an abbreviation and its full stop (`आज डॉ.`, `म.प्र.`): that stop ends no sentence or dateline. */
export function endsInAbbreviation(text: string): boolean {
  return abbreviated(text.slice(-ABBREVIATION_TAIL));
}

/** A Hindi initial: one consonant, maybe its vowel sign or nasal, and a full stop (`से.`, `रा.`; `स्व.` is an abbreviation above). */
const INITIAL = '[\\u0915-\\u0939\\u0958-\\u095F][\\u093E-\\u094C\\u0901\\u0902]?\\.';
/** An initial after an opening quote or bracket (`‘‘से. रा. यात्री’’`): no sentence's end. */
const QUOTED_INITIAL = new RegExp(`[‘“"'(]${INITIAL}\\s*$`, 'u');
/** A sentence that is nothing but initials (`रा.`, `स्व.`) starts the next one: `रा. स्व. संघ`. */
const LONE_INITIALS = new RegExp(`^(?:${INITIAL}\\s*)+$`, 'u');
/** An initial after an initial kept in its sentence (`‘‘से. रा.`): the run goes on. */
const INITIAL_RUN = new RegExp(`(?:^|[\\s‘“"'(])${INITIAL}\\s*${INITIAL}\\s*$`, 'u');
const abbreviated = (tail: string): boolean => ABBREVIATIONS.test(tail) || QUOTED_INITIAL.test(tail) || INITIAL_RUN.test(tail);

/**
 * The longest sentence the analysers read (news sentences are far shorter). A longer run — a page
 * without punctuation, a run of dots — is cut into pieces of at most this length at a space (else
 * between graphemes), marked `cut`, so the cost of every later step stays bounded by input size.
 */
export const MAX_SENTENCE_CHARS = 800;

/**
 * Splits cleaned text into sentences on `।` (or a pipe used as one), `?`, `!` and sentence-ending `.`, using
 * Intl.Segmenter and re-joining its splits after abbreviations. Paragraphs are separated by
 * line breaks; a sentence never spans two paragraphs.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = text.split(/\n+/);
  let paragraph = 0;
  for (const block of paragraphs) {
    const trimmed = block.trim();
    if (trimmed.length === 0) continue;
    for (const part of splitParagraph(trimmed)) {
      if (part.length <= MAX_SENTENCE_CHARS) sentences.push({ index: sentences.length, text: part, paragraph });
      else for (const piece of cutLong(part)) sentences.push({ index: sentences.length, text: piece, paragraph, cut: true });
    }
    paragraph++;
  }
  return sentences;
}

function splitParagraph(block: string): string[] {
  const parts: string[] = [];
  // the pending sentence is kept as pieces and its last characters apart: re-reading (and flattening)
  // a growing string after every segment was quadratic on a run of abbreviations (`A. A. A. …`)
  let pending: string[] = [];
  let tail = '';
  for (const piece of pipePieces(block)) {
    for (const { segment, whole } of segments(piece)) {
      pending.push(segment);
      tail = (tail + segment).slice(-ABBREVIATION_TAIL);
      // (the tail is the whole pending text while it is shorter than its cap: no re-joining of a growing sentence)
      if (!whole || abbreviated(tail) || (tail.length < ABBREVIATION_TAIL && LONE_INITIALS.test(tail))) continue;
      pushPart(parts, pending.join(''));
      pending = [];
      tail = '';
    }
    // a pipe used as a danda ends the sentence it closes
    pushPart(parts, pending.join(''));
    pending = [];
    tail = '';
  }
  return parts;
}

/** The block cut after each pipe used as a danda (the pipe stays with the sentence it ends). */
function pipePieces(block: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of block.matchAll(PIPE_DANDA)) {
    pieces.push(block.slice(from, m.index + 1));
    from = m.index + 1;
  }
  pieces.push(block.slice(from));
  return pieces;
}

/**
 * Intl.Segmenter steps in time proportional to the whole string once it holds 65,536 or more code
 * units (quadratic in all), so a longer paragraph is segmented in windows: the segments of a window
 * but its last are taken, and the next window starts where that last one did. A window that is one
 * segment (no sentence end in it) is passed on as part of a segment (`whole: false`).
 */
const SEGMENT_WINDOW = 16_384;

function* segments(block: string): Generator<{ segment: string; whole: boolean }> {
  let from = 0;
  while (block.length - from > SEGMENT_WINDOW) {
    // streamed with one segment held back (keeping ICU's segment objects alive costs much GC time)
    let held: { segment: string; index: number } | null = null;
    for (const { segment, index } of segmenter.segment(block.slice(from, from + SEGMENT_WINDOW))) {
      if (held) yield { segment: held.segment, whole: true };
      held = { segment, index };
    }
    if (!held || held.index === 0) {
      yield { segment: block.slice(from, from + SEGMENT_WINDOW), whole: false };
      from += SEGMENT_WINDOW;
    } else from += held.index;
  }
  for (const { segment } of segmenter.segment(block.slice(from))) yield { segment, whole: true };
}

function pushPart(parts: string[], raw: string): void {
  const text = raw.trim();
  if (text.length === 0) return;
  // a lone closing quote or bracket belongs to the sentence before it
  if (/^["'”’)\]]+$/u.test(text) && parts.length > 0) {
    parts[parts.length - 1] += text;
    return;
  }
  parts.push(text);
}

const COMBINING = /[\p{M}\u200C\u200D]/u;
const SPACE = /\s/u;
/**
 * How far back a cut looks for the letter a vowel sign or virama belongs to: a Devanagari grapheme is
 * a few code units; a longer run of marks has no letter to keep with (cut anywhere in it).
 */
const MAX_MARK_RUN = 32;

/**
 * Cuts an over-long run into pieces of at most MAX_SENTENCE_CHARS, preferring the last space. Walks
 * the text by index (no re-slicing of the rest), and every piece but the last is at least
 * MAX_SENTENCE_CHARS / 2 long unless a letter's marks end it, so the cost stays linear.
 */
function cutLong(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    let at = space >= from ? space - from : -1;
    if (at < MAX_SENTENCE_CHARS / 2) {
      at = MAX_SENTENCE_CHARS;
      // never between a letter and its vowel sign, virama or joiner
      const floor = Math.max(1, MAX_SENTENCE_CHARS - MAX_MARK_RUN);
      while (at > floor && COMBINING.test(text[from + at] ?? '')) at--;
      if (at === floor && COMBINING.test(text[from + at] ?? '')) at = MAX_SENTENCE_CHARS;
    }
    const piece = text.slice(from, from + at).trim();
    if (piece) pieces.push(piece);
    from += at;
    while (from < text.length && SPACE.test(text[from] as string)) from++;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
