import type { Token } from './tokens.js';

/** A figure after a name: `शिवम डारोलिया 98.4 प्रतिशत`, a list's next number (`… सिंह तोमर 2-तुलसी`). */
const FIGURE = /^[\p{N}]/u;

/**
 * Names of an unlisted first word and a surname: `शार्दुल ठाकुर ने`, `अनुराग ठाकुर का` (an unlisted name
 * word, not an everyday word, then a surname and a case marker or और), and with a surname in the middle
 * (`प्रदुम्न सिंह तोमर`, `एदल सिंह कसाना`): a third word that is a surname, or an unlisted name word, where
 * the name visibly ends (a case marker, punctuation, a figure or the sentence end). Returns the end
 * (exclusive) of the name starting at `i`, or -1.
 */
export function createSurnamedNames(
  isNameWord: (word: string) => boolean,
  isCommon: (word: string) => boolean,
  isSurname: (word: string) => boolean,
  marked: ReadonlySet<string>,
  /** A word that is a middle name as often as a surname, and an everyday word too (प्रसाद = offering, लाल = red). */
  isMiddle: (word: string) => boolean = () => false,
): (tokens: readonly Token[], i: number, claimed: readonly boolean[]) => number {
  const endsAt = (tokens: readonly Token[], k: number): boolean => {
    const t = tokens[k];
    return t === undefined || !t.joined || marked.has(t.text) || FIGURE.test(t.text);
  };
  const unlisted = (w: string): boolean => isNameWord(w) && !isCommon(w) && !isSurname(w);
  return (tokens, i, claimed) => {
    const [w, s, third] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (w === undefined || s === undefined || third === undefined || claimed[i] || claimed[i + 1] || (i > 0 && claimed[i - 1])) return -1;
    // an everyday first word is never a given name here (इधर यादव ने, फिलहाल तिवारी ने, भगवान विश्वकर्मा ने):
    // a given name that is also a word (प्रज्ञा जायसवाल ने) is listed in config weakGivenNames and read there
    if (!s.joined || !unlisted(w.text) || !isSurname(s.text) || !isNameWord(s.text)) return -1;
    // two words ending in a middle name need more (ठेकुआ प्रसाद की मांग: an offering, not Mr Prasad)
    if (third.joined && marked.has(third.text)) return isMiddle(s.text) ? -1 : i + 2;
    const middle = third.joined && !claimed[i + 2] && isNameWord(third.text) && !isCommon(third.text) && (isSurname(third.text) || unlisted(third.text));
    return middle && endsAt(tokens, i + 3) ? i + 3 : -1;
  };
}
