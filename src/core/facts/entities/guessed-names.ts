import type { Sentence } from '../../types.js';
import type { GuessedName, Pending } from './resolve-short-forms.js';
import type { SentenceTools } from './sentence-tools.js';
import { tokenSpan, type TokenisedSentence } from './tokens.js';

/**
 * A name guessed by context, without the everyday words at its edges (`संवाददाता बाढ़ प्रभावित`
 * is no one); null when nothing is left.
 */
export function guessed(ts: TokenisedSentence, sentence: Sentence, p: Pending, from: number, to: number, weak: boolean, tools: SentenceTools): Pending | null {
  const core = tools.trimCommon(ts.tokens.slice(from, to).map((t) => t.text));
  if (core.from >= core.to) return null;
  // a guess that ends in a named-after head (माइकल हाईस्कूल, इंद्रेश हॉस्पिटल) is a place, not a person
  if (p.kind === 'person' && tools.namedAfter.has(ts.tokens[from + core.to - 1]?.text ?? '')) return null;
  const [start, end] = [from + core.from, from + core.to];
  const hi = tokensText(ts, sentence, start, end);
  const name: GuessedName = { words: ts.tokens.slice(start, end).map((t) => t.text), hi, en: tools.romaniseName(hi), weak };
  const span = tokenSpan(ts, start, end);
  return { ...p, span, text: sentence.text.slice(span.start, span.end), guess: name };
}

/**
 * A one-word guess left from a longer run with everyday words trimmed off (सेवियर गामा ने, सचिव
 * वीडियो कॉन्फ्रेंसिंग): no one — unless the word left is a given name (घायल राजेश (35)).
 */
export function cutShort(g: Pending, from: number, to: number, tools: SentenceTools): boolean {
  const word = g.guess?.words.length === 1 ? g.guess.words[0] : undefined;
  return to - from > 1 && word !== undefined && !tools.known.isTrustedGivenName(word);
}

export function tokensText(ts: TokenisedSentence, sentence: Sentence, from: number, to: number): string {
  const span = tokenSpan(ts, from, to);
  return sentence.text.slice(span.start, span.end);
}
