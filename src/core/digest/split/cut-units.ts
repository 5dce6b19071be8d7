import { splitSentences } from '../../text/sentences.js';

/** A unit of text at one cut level: `[start, end)` UTF-16 offsets, trimmed of surrounding whitespace. */
export interface Unit {
  start: number;
  end: number;
}

/** Splits a (trimmed) text into ordered units; the text between two units is where a cut may go. */
export type CutLevel = (text: string) => Unit[];

const graphemes = new Intl.Segmenter('hi', { granularity: 'grapheme' });

/** Units are the trimmed stretches between matches of `separator` (which must have the `g` flag). */
function between(separator: RegExp): CutLevel {
  return (text) => {
    const units: Unit[] = [];
    let from = 0;
    const push = (start: number, end: number): void => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length > 0) units.push({ start: start + lead, end: start + lead + body.length });
    };
    for (const m of text.matchAll(separator)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, text.length);
    return units;
  };
}

/** Blank-line paragraphs. */
export const paragraphUnits: CutLevel = between(/\n[^\S\n]*\n\s*/g);

/** Single lines. */
export const lineUnits: CutLevel = between(/\n/g);

/** Whitespace-separated words; no-break spaces (U+00A0, U+2007, U+202F) hold a word together. */
export const wordUnits: CutLevel = (text) =>
  [...text.matchAll(/(?:\S|[\u00A0\u2007\u202F])+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * Sentences (`।`, `॥`, `?`, `!`, a sentence-ending `.`; abbreviations and decimals are kept whole by
 * the shared sentence splitter). A boundary counts only where whitespace separates the sentences, so
 * `॥१॥` or `"go."` is never cut inside.
 */
export const sentenceUnits: CutLevel = (text) => {
  const starts = sentenceStarts(text);
  const units: Unit[] = [];
  starts.forEach((start, i) => {
    const raw = text.slice(start, starts[i + 1] ?? text.length);
    const body = raw.trimEnd();
    if (body.length > 0) units.push({ start, end: start + body.length });
  });
  return units;
};

/** Start offsets of the sentences, found by walking their non-space characters along the text. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const sentence of splitSentences(text)) {
    const chars = sentence.text.replace(/\s+/g, '');
    let first = -1;
    for (const ch of chars) {
      while (at < text.length && /\s/.test(text[at] ?? '')) at++;
      if (!text.startsWith(ch, at)) return [0]; // the splitter changed the text: no sentence cuts
      if (first < 0) first = at;
      at += ch.length;
    }
    if (first < 0) continue;
    if (starts.length === 0 || /\s/.test(text[first - 1] ?? '')) starts.push(first);
  }
  return starts.length > 0 ? [0, ...starts.slice(1)] : [0];
}

/** Text handed to the grapheme segmenter at once (V8 copies the input into every segment object). */
const GRAPHEME_WINDOW = 1024;

/**
 * Extended grapheme clusters (a conjunct with its matras, an emoji ZWJ sequence, a flag). Segmented
 * in windows, each restarting at the start of the previous window's last (maybe cut) cluster, so long
 * words cost linear time; a cluster longer than a window widens the window.
 */
export const graphemeUnits: CutLevel = (text) => {
  const units: Unit[] = [];
  let from = 0;
  let size = GRAPHEME_WINDOW;
  while (from < text.length) {
    let end = Math.min(text.length, from + size);
    // Never end a window between the halves of a surrogate pair: the lone high surrogate would be the
    // window's last cluster, and the real (cut) cluster before it would be taken as whole.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end += 1;
    const found = [...graphemes.segment(text.slice(from, end))].map((s) => ({
      start: from + s.index,
      end: from + s.index + s.segment.length,
    }));
    const last = found.pop();
    if (last === undefined) break;
    if (end === text.length) {
      units.push(...found, last);
      break;
    }
    if (found.length === 0) {
      size *= 2;
      continue;
    }
    units.push(...found);
    from = last.start;
    size = GRAPHEME_WINDOW;
  }
  return units;
};

/** Code points: the last resort for a single grapheme longer than the limit; never splits a surrogate pair. */
export const codePointUnits: CutLevel = (text) => {
  const units: Unit[] = [];
  let at = 0;
  for (const ch of text) {
    units.push({ start: at, end: at + ch.length });
    at += ch.length;
  }
  return units;
};

/** Cut levels from most to least preferred. */
export const CUT_LEVELS: readonly CutLevel[] = [
  paragraphUnits,
  lineUnits,
  sentenceUnits,
  wordUnits,
  graphemeUnits,
  codePointUnits,
];
