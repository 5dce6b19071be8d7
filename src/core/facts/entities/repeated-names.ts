import type { Sentence } from '../../types.js';
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
  const out: Pending[] = [];
  for (const sentence of sentences) {
    const taken = pending.filter((p) => p.sentence === sentence.index).map((p) => p.span);
    const ts = tokenise(sentence.text);
    const { tokens } = ts;
    for (const [key, source] of guesses) {
      const words = key.split(' ');
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (!words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k]?.joined))) continue;
        const [before, after] = [tokens[i - 1], tokens[i + words.length]];
        if (tokens[i]?.joined && before !== undefined && known.isGivenName(before.text)) continue;
        if (after?.joined && known.isSurname(after.text)) continue;
        const span = tokenSpan(ts, i, i + words.length);
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        out.push({ ...source, sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), role: undefined });
      }
    }
  }
  return out;
}
