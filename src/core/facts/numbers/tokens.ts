import { foldKey } from '../../text/devanagari.js';

/** One token of folded text: a digit group, a Devanagari word, a Latin/other word, or one sign. */
export interface Token {
  text: string;
  kind: 'digits' | 'word' | 'sign';
  /** Offsets into the folded text. */
  start: number;
  end: number;
  /** True when no whitespace separates this token from the previous one (70वीं, 3-1, ₹500). */
  glued: boolean;
}

/**
 * Digits with comma/decimal groups (a decimal point typed after a space, `12 .47%`, is still one: the text is
 * `12.47`); Devanagari runs (letters and marks, not the danda); runs of other letters (Latin …), so that glued
 * scripts (दिवसीयofficial, 5km) split; any other sign alone.
 */
const TOKEN = /([0-9]+(?:[,.][0-9]+)*(?: \.[0-9]+(?![,.]?[0-9]))?)|([\u0900-\u0963\u0970-\u097F\u200C\u200D]+)|([^\s\u0900-\u097F\p{P}\p{S}0-9]+)|(\S)/gu;

/** Splits already-folded text into tokens. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    const kind = m[1] !== undefined ? 'digits' : m[4] !== undefined ? 'sign' : 'word';
    const end = start + m[0].length;
    tokens.push({ text: kind === 'digits' ? m[0].replace(' ', '') : m[0], kind, start, end, glued: start === previousEnd });
    previousEnd = end;
  }
  return tokens;
}

/** Folds and tokenises a lexicon phrase into the token texts it must match. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(foldKey(phrase.trim())).map((t) => t.text);
}

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens matched. */
  length: number;
}

/** Multi-word lexicon lookup on token sequences; the longest phrase wins. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private longest = 0;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseTokens(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      this.byFirst.set(first, list);
      this.longest = Math.max(this.longest, words.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token `i` and ending before token `limit`. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const first = tokens[i];
    if (first === undefined) return null;
    for (const entry of this.byFirst.get(first.text) ?? []) {
      if (i + entry.words.length > limit) continue;
      if (entry.words.every((w, k) => tokens[i + k]?.text === w)) {
        return { value: entry.value, length: entry.words.length };
      }
    }
    return null;
  }

  /** The longest phrase ending right before token `end` (and starting at or after `floor`). */
  matchEnding(tokens: readonly Token[], end: number, floor = 0): PhraseMatch<T> | null {
    for (let length = Math.min(this.longest, end - floor); length >= 1; length--) {
      const found = this.match(tokens, end - length, end);
      if (found !== null && found.length === length) return found;
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((e) => e.words.length === 1) ?? false;
  }
}

/** A set of single folded words. */
export function wordSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => foldKey(w.trim())));
}

/** Folded single-word lexicon with values. */
export function wordMap(record: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(record).map(([k, v]) => [foldKey(k.trim()), v] as const));
}
