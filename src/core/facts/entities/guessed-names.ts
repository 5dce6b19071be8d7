import type { Sentence } from '../../types.js';
import type { GuessedName, Pending } from './resolve-short-forms.js';
import type { SentenceTools } from './sentence-tools.js';
import { initialLetter } from './latin-letters.js';
import { tokenSpan, type TokenisedSentence } from './tokens.js';

/**
 * A name guessed by context, without the everyday words at its edges (`संवाददाता बाढ़ प्रभावित`
 * is no one); null when nothing is left.
 */
export function guessed(ts: TokenisedSentence, sentence: Sentence, p: Pending, at: number, to: number, weak: boolean, tools: SentenceTools): Pending | null {
  // a person's name right after a word for a village opens with the village's name (गांव नवलखेड़ी सोहन चौहान): not the
  // person's — unless that word is a listed given name (अपने गांव सुरेश यादव के साथ: review)
  const village = p.kind === 'person' && to - at >= 2 && tools.isVillageNoun(ts.tokens[at - 1]?.text ?? '') && ts.tokens[at]?.joined === true
    && !tools.known.isGivenName(ts.tokens[at]?.text ?? '');
  const from = village ? at + 1 : at;
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

/** A spelled letter with its full stop right before a span (`जी.` of `जी.पी. सिंह`), folded or not. */
const LETTER_DOT = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{1,6})\.$/u;
/** The span opens with a spelled letter and its full stop (`पी. सिंह`). */
const OPENS_WITH_LETTER = /^([\p{L}\p{M}]{1,6})\./u;

/**
 * A guessed name that opens with an initial, widened over the initial glued before it (`जी.पी. सिंह`: जी, here a letter
 * and not the particle, stops the name's search as a stop word); unchanged otherwise.
 */
export function withGluedInitial(p: Pending, sentence: Sentence, tools: SentenceTools): Pending {
  const before = LETTER_DOT.exec(sentence.text.slice(Math.max(0, p.span.start - 8), p.span.start));
  const first = OPENS_WITH_LETTER.exec(p.text);
  if (p.kind !== 'person' || p.guess === undefined || before === null || first === null) return p;
  if (initialLetter(before[1] ?? '') === undefined || initialLetter(first[1] ?? '') === undefined) return p;
  const start = p.span.start - (before[0]?.length ?? 0);
  const hi = sentence.text.slice(start, p.span.end);
  const guess: GuessedName = { ...p.guess, words: [before[1] ?? '', ...p.guess.words], hi, en: tools.romaniseName(hi) };
  return { ...p, span: { start, end: p.span.end }, text: hi, guess };
}

export function tokensText(ts: TokenisedSentence, sentence: Sentence, from: number, to: number): string {
  const span = tokenSpan(ts, from, to);
  return sentence.text.slice(span.start, span.end);
}
