import { fold, foldKey, type Folded } from '../../text/devanagari.js';
import type { Span } from '../../types.js';

/** One word of a folded sentence. Offsets are into the folded text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when only spaces or hyphens separate this token from the one before (a name may continue). */
  joined: boolean;
  /** True when a hyphen (not a space) separates it from the token before. */
  hyphen: boolean;
  /** True when a comma alone stands between it and the token before (an item of a list). */
  comma?: boolean;
}

export interface TokenisedSentence {
  folded: Folded;
  tokens: Token[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const JOINER = /^[\s\u00A0]*[-‐‑–][\s\u00A0]*$|^[\s\u00A0]+$/u;
const INITIAL_GAP = /^\.[\s\u00A0]*$/u;
/** A comma alone between two words: the words are items of a list. */
const COMMA_GAP = /^[\s\u00A0]*[,،][\s\u00A0]*$/u;

/** Folds a sentence and splits it into words, remembering which words may belong to one name. */
export function tokenise(text: string): TokenisedSentence {
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const m of folded.text.matchAll(WORD)) {
    const start = m.index;
    const prev = tokens[tokens.length - 1];
    const gap = prev ? folded.text.slice(prev.end, start) : '';
    tokens.push({
      text: m[0],
      start,
      end: start + m[0].length,
      // an initial with a full stop (एस. सोमनाथ, S. Somanath) still joins the name
      joined: prev !== undefined && (JOINER.test(gap) || (INITIAL_GAP.test(gap) && prev.end - prev.start <= 2)),
      hyphen: /[-‐‑–]/.test(gap),
      comma: COMMA_GAP.test(gap),
    });
  }
  return { folded, tokens };
}

/** Folded lookup key of a lexicon phrase: folded words joined by single spaces (hyphens too). */
export function phraseKey(phrase: string): string {
  return [...foldKey(phrase).matchAll(WORD)].map((m) => m[0]).join(' ');
}

/** Key of tokens [from, to) when they form one joined phrase, else null. */
export function tokensKey(tokens: readonly Token[], from: number, to: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined || (i > from && !t.joined)) return null;
    parts.push(t.text);
  }
  return parts.join(' ');
}

/** Original-text span of tokens [from, to). */
/** Token indices by the text offsets where tokens start (the token) and end (the token after it): a mention's token range. */
export function tokenBounds(sentence: TokenisedSentence): { byStart: Map<number, number>; byEnd: Map<number, number> } {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  sentence.tokens.forEach((_, i) => {
    const span = tokenSpan(sentence, i, i + 1);
    byStart.set(span.start, i);
    byEnd.set(span.end, i + 1);
  });
  return { byStart, byEnd };
}

export function tokenSpan(sentence: TokenisedSentence, from: number, to: number): Span {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  if (!first || !last) return { start: 0, end: 0 };
  return unfold(sentence.folded, first.start, last.end);
}

function unfold(folded: Folded, start: number, end: number): Span {
  const s = folded.map[start] ?? 0;
  const lastIndex = folded.map[end - 1];
  let e = lastIndex === undefined ? s : lastIndex + 1;
  // a folded character may stand for several original ones (nasal + virama): extend to the next mapped one
  const next = folded.map[end];
  if (next !== undefined && next > e && /^[\u094D\u093C\u200C\u200D]+$/u.test(folded.original.slice(e, next))) e = next;
  while (e < folded.original.length && /[\u093C\u200C\u200D]/u.test(folded.original[e] as string)) e++;
  return { start: s, end: e };
}
