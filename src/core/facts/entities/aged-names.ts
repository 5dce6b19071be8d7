import type { NameSpan } from './context-names.js';
import { phraseKey, type Token } from './tokens.js';

/** Config for names right after an age (entities.yaml `agedNames`). */
export interface AgedNameData {
  /** Words of age after a number: वर्षीय. */
  ageWords: readonly string[];
  /** What may follow such a name (a case marker, a conjunction, a kinship word); a comma, a bracket or the sentence's end too. */
  closes: readonly string[];
}

/** A name after an age is one to this many words. */
const MAX_WORDS = 3;

type Finder = (tokens: readonly Token[], held: readonly boolean[], isNameWord: (word: string) => boolean, isKnownName: (word: string) => boolean, isPersonNoun: (word: string) => boolean) => NameSpan[];

/**
 * People named right after their age in accident and crime reports: `24 वर्षीय किरत, 61 वर्षीय कृष्णा और 27 वर्षीय
 * सचिन`. The name is one to three name words, none a person's noun (`35 वर्षीय युवक`, `अधेड़`), closed by one of
 * `closes`, a comma, a bracket or the sentence's end — or anything when it has a listed given name or surname.
 * Everyday words are trimmed off by the caller (`40 वर्षीय इतिहास` is no one).
 */
export function createAgedNames(data: AgedNameData): Finder {
  const ages = new Set(data.ageWords.map(phraseKey));
  const closes = data.closes.map((c) => phraseKey(c).split(' '));
  return (tokens, held, isNameWord, isKnownName, isPersonNoun) => {
    const closed = (at: number): boolean =>
      at >= tokens.length || !tokens[at]?.joined || closes.some((c) => c.every((w, k) => tokens[at + k]?.text === w && tokens[at + k]?.joined));
    const out: NameSpan[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!ages.has(tokens[i]?.text ?? '') || !/^[0-9०-९]+$/u.test(tokens[i - 1]?.text ?? '') || !tokens[i + 1]?.joined) continue;
      const from = i + 1;
      let to = from;
      while (to - from < MAX_WORDS && !held[to] && isNameWord(tokens[to]?.text ?? '') && !isPersonNoun(tokens[to]?.text ?? '') && !closed(to)) to++;
      const known = tokens.slice(from, to).some((t) => isKnownName(t.text));
      if (to > from && (closed(to) || known)) out.push({ from, to, weak: false });
    }
    return out;
  };
}
