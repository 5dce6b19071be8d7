import type { NameSpan } from './context-names.js';
import { createPseudonymMark } from './pseudonyms.js';
import { phraseKey, type Token } from './tokens.js';

/** Config for names right after an age (entities.yaml `agedNames`; the words of age and of a changed name are `namingCues`'). */
export interface AgedNameData {
  /** Words of age after a number: वर्षीय. */
  ageWords: readonly string[];
  /** What may follow such a name (a case marker, a conjunction, a kinship word); a comma, a bracket or the sentence's end too. */
  closes: readonly string[];
  /** What may join two items of a list of the aged besides a comma (और, व): unlisted names in such a list are names too. */
  joiners: readonly string[];
  /** A bracket saying the name is not the real one (`प्रिया (बदला हुआ नाम)`): no one is named. */
  pseudonyms: readonly string[];
}

/** A name after an age is one to this many words. */
const MAX_WORDS = 4;

type Finder = (tokens: readonly Token[], held: readonly boolean[], isNameWord: (word: string) => boolean, isKnownName: (word: string) => boolean, isPersonNoun: (word: string) => boolean) => NameSpan[];

/**
 * People named right after their age in accident and crime reports: `24 वर्षीय अंकित, 61 वर्षीय कृष्णा और 27 वर्षीय
 * सचिन`. The name is one to four name words with a listed given name or surname among them (so no occupation,
 * loanword or village the lists do not know: `65 वर्षीय पुजारी`, `5 वर्षीय रोडमैप`, `नयागांव निवासी`), none a person's
 * noun (`35 वर्षीय युवक`), closed by one of `closes`, a comma or a bracket — in a list of such names with a listed name, a one-word
 * name no list knows too (`19 वर्षीय जोगा, 52 वर्षीय सौरभ`); not a name marked as
 * changed (`प्रिया (बदला हुआ नाम)`). Everyday words are trimmed off by the caller.
 */
export function createAgedNames(data: AgedNameData): Finder {
  const ages = new Set(data.ageWords.map(phraseKey));
  const phrases = (list: readonly string[]): string[][] => list.map((c) => phraseKey(c).split(' '));
  const closes = phrases(data.closes);
  const joiners = new Set(data.joiners.map(phraseKey));
  const pseudonym = createPseudonymMark(data.pseudonyms);
  return (tokens, held, isNameWord, isKnownName, isPersonNoun) => {
    const at = (k: number, phrase: readonly string[]): boolean => phrase.every((w, j) => tokens[k + j]?.text === w && tokens[k + j]?.joined);
    // (not the sentence's end: a verb may stand before it, `25 वर्षीय सौरभ बाल-बाल बचे`)
    const closed = (k: number): boolean => k < tokens.length && (!tokens[k]?.joined || closes.some((c) => at(k, c)));
    const found: (NameSpan & { known: boolean })[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!ages.has(tokens[i]?.text ?? '') || !/^[0-9०-९]+$/u.test(tokens[i - 1]?.text ?? '') || !tokens[i + 1]?.joined) continue;
      const from = i + 1;
      let to = from;
      while (to - from < MAX_WORDS && !held[to] && isNameWord(tokens[to]?.text ?? '') && !isPersonNoun(tokens[to]?.text ?? '') && !closed(to)) to++;
      const known = tokens.slice(from, to).some((t) => isKnownName(t.text));
      if (to > from && closed(to) && !pseudonym(tokens, to)) found.push({ from, to, weak: false, known });
    }
    // in a list of the aged with a listed name in it (`19 वर्षीय जोगा, 52 वर्षीय तिलकू …`), a one-word item no list knows is a
    // name too; alone (`5 वर्षीय रोडमैप को`) or apart from the list (`… ने 3 वर्षीय डिप्लोमा के लिए`) it is not
    const next = (a: NameSpan, b: NameSpan): boolean => b.from - 2 >= a.to && tokens.slice(a.to, b.from - 2).every((t) => joiners.has(t.text));
    const named = found.map((f) => f.known);
    // (along the list: `19 वर्षीय जोगा, 52 वर्षीय तिलकू और 30 वर्षीय सौरभ` names all three)
    for (let changed = true; changed;) {
      changed = false;
      found.forEach((f, k) => {
        const before = found[k - 1];
        const after = found[k + 1];
        const joined = (before !== undefined && named[k - 1] === true && next(before, f)) || (after !== undefined && named[k + 1] === true && next(f, after));
        if (!named[k] && f.to - f.from === 1 && joined) changed = named[k] = true;
      });
    }
    return found.filter((_, k) => named[k]).map(({ from, to, weak }) => ({ from, to, weak }));
  };
}
