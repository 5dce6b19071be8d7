import type { ArticleFacts } from '../types.js';

export type SentenceFacts = (facts: ArticleFacts, sentence: number) => ArticleFacts;

const NONE: ArticleFacts = { dates: [], numbers: [], mentions: [] };

/**
 * The facts of one sentence, in the article's order. An English line reads only its own sentence's
 * facts; filtering all of an article's facts for every dated sentence was quadratic on long pages,
 * so the facts are grouped by sentence once per facts object (kept while that object lives).
 */
export function createSentenceFacts(): SentenceFacts {
  const grouped = new WeakMap<ArticleFacts, Map<number, ArticleFacts>>();
  return (facts, sentence) => {
    let bySentence = grouped.get(facts);
    if (!bySentence) {
      bySentence = new Map();
      const of = (index: number): ArticleFacts => {
        let own = bySentence?.get(index);
        if (!own) {
          own = { dates: [], numbers: [], mentions: [] };
          bySentence?.set(index, own);
        }
        return own;
      };
      for (const d of facts.dates) of(d.sentence).dates.push(d);
      for (const n of facts.numbers) of(n.sentence).numbers.push(n);
      for (const m of facts.mentions) of(m.sentence).mentions.push(m);
      grouped.set(facts, bySentence);
    }
    return bySentence.get(sentence) ?? NONE;
  };
}
