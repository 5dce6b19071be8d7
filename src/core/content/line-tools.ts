/** Small helpers shared by the cleaning steps: line shape, words, regex compilation. */

/** Something the cleaner dropped, and why. */
export interface Removal {
  kind: string;
  text: string;
  /** A subheading after the story's last paragraph (a related headline): none of its facts count. */
  trailing?: true;
}

/** Ends a sentence: danda (or a pipe used as one), ?, !, full stop, optionally inside quotes/brackets. */
const SENTENCE_END = /[।॥|?!.…]["'”’)\]]*$/u;
/** A sentence end followed by more text on the same line. */
const INNER_SENTENCE_END = /[।॥?!]["'”’)\]]*\s+\S/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

export function hasInnerSentenceEnd(line: string): boolean {
  return INNER_SENTENCE_END.test(line);
}

/** More Devanagari letters than Latin ones: a Hindi line (a row of Latin tags or site furniture is not). */
export function mostlyDevanagari(line: string): boolean {
  return (line.match(/[\u0900-\u097F]/gu) ?? []).length > (line.match(/[A-Za-z]/gu) ?? []).length;
}

export function wordsOf(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** Where each word of `wordsOf(line)` starts. */
export function wordStarts(line: string): number[] {
  return Array.from(line.matchAll(WORD), (m) => m.index);
}

export function wordCount(line: string): number {
  return wordsOf(line).length;
}

/** Collapses runs of horizontal whitespace and trims. */
export function squeeze(line: string): string {
  return line.replace(/[ \t\f\v]+/g, ' ').trim();
}

/** Compiles regex sources (already validated by the schema); a source that fails is skipped. */
export function compileAll(sources: readonly string[], flags: string, wrap: (s: string) => string = (s) => s): RegExp[] {
  const out: RegExp[] = [];
  for (const source of sources) {
    const compiled = compile(wrap(source), flags);
    if (compiled) out.push(compiled);
  }
  return out;
}

export function compile(source: string | undefined, flags: string): RegExp | null {
  if (source === undefined) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** Whole-line anchoring for line patterns. */
export const wholeLine = (source: string): string => `^(?:${source})$`;
/** A bullet or dash that opens a line (`►`, `•`, `*`, `-`), as a regex character class. */
export const BULLET = '[*•●▪■►➤\\-–—]';
/** Line-start anchoring for footer markers; a bullet before the marker (`►यह भी पढ़ें: …`) does not hide it. */
export const lineStart = (source: string): string => `^${BULLET}?\\s*(?:${source})`;
