import type { Sentence, Span } from '../../types.js';
import type { KnownNames } from './known-names.js';
import type { Pending } from './resolve-short-forms.js';
import { tokenise, tokenSpan } from './tokens.js';

/**
 * A person the article names with a cue in one sentence (`मंत्री राम प्रसाद`) is the same person
 * named bare in another (`राम प्रसाद ... पहुंचे`): every other occurrence of a guessed name of two or
 * more words, outside the mentions already found, becomes a mention too — unless a given name
 * before it or a surname after it makes it part of a longer name (`राम प्रसाद यादव`).
 */
export function repeatedNames(sentences: readonly Sentence[], pending: readonly Pending[], known: KnownNames): Pending[] {
  const guesses = new Map<string, Pending>();
  for (const p of pending) {
    if (p.kind === 'person' && p.guess && !p.guess.weak && p.guess.words.length >= 2) guesses.set(p.guess.words.join(' '), p);
  }
  if (guesses.size === 0) return [];
  // guesses by first word, numbered in the order they were made: that order decides which of two
  // overlapping names wins, so hits are applied in it (looking up every guess at every word was quadratic)
  const byFirst = new Map<string, { order: number; words: string[]; source: Pending }[]>();
  let order = 0;
  for (const [key, source] of guesses) {
    const words = key.split(' ');
    const entry = { order: order++, words, source };
    const list = byFirst.get(words[0] as string);
    if (list) list.push(entry);
    else byFirst.set(words[0] as string, [entry]);
  }
  const takenIn = new Map<number, Span[]>();
  for (const p of pending) {
    const spans = takenIn.get(p.sentence);
    if (spans) spans.push(p.span);
    else takenIn.set(p.sentence, [p.span]);
  }
  const out: Pending[] = [];
  for (const sentence of sentences) {
    const taken = [...(takenIn.get(sentence.index) ?? [])];
    const ts = tokenise(sentence.text);
    const { tokens } = ts;
    const hits: { order: number; i: number; words: string[]; source: Pending }[] = [];
    for (const [i, token] of tokens.entries()) {
      for (const g of byFirst.get(token.text) ?? []) {
        if (i + g.words.length <= tokens.length && g.words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k]?.joined))) hits.push({ ...g, i });
      }
    }
    hits.sort((a, b) => a.order - b.order || a.i - b.i);
    for (const { i, words, source } of hits) {
      const [before, after] = [tokens[i - 1], tokens[i + words.length]];
      if (tokens[i]?.joined && before !== undefined && known.isGivenName(before.text)) continue;
      if (after?.joined && known.isSurname(after.text)) continue;
      const span = tokenSpan(ts, i, i + words.length);
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      out.push({ ...source, sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), role: undefined });
    }
  }
  return out;
}
