import type { ArticleFacts, Sentence } from '../types.js';
import { cosine, cosineTo, createBagger, norm, sumOfUnitBags, type Bag } from './similarity.js';

export interface SelectionInput {
  title: string;
  sentences: readonly Sentence[];
  facts: ArticleFacts;
  /** Sentences (by index) that give no English line: picked only when nothing better is left. */
  avoid?: ReadonlySet<number>;
}

export interface SelectOptions {
  min: number;
  max: number;
  /** Two picks more similar than this say the same thing. */
  redundancy: number;
}

const DEFAULTS: SelectOptions = { min: 3, max: 5, redundancy: 0.5 };
const LETTER = /\p{L}/gu;
const DEVANAGARI_LETTER = /[\u0900-\u097F]/gu;

interface Candidate {
  index: number;
  bag: Bag;
  score: number;
  /** Readable as a summary line (long enough, Hindi, a full sentence). */
  good: boolean;
}

function shape(s: Sentence): { words: number; hindi: number; ended: boolean; quoteOnly: boolean } {
  const text = s.text.trim();
  const letters = (text.match(LETTER) ?? []).length;
  const hindi = letters === 0 ? 0 : (text.match(DEVANAGARI_LETTER) ?? []).length / letters;
  return {
    words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    hindi,
    ended: /[।?!.|]["'”’)]*$/u.test(text),
    quoteOnly: /^["“'‘]/u.test(text) && /["”'’][।.]?$/u.test(text),
  };
}

/** How many lines an article of `n` sentences gets. */
export function targetCount(n: number, o: SelectOptions = DEFAULTS): number {
  const want = n <= 10 ? 3 : n <= 18 ? 4 : 5;
  return Math.min(n, Math.max(o.min, Math.min(o.max, want)));
}

/**
 * Picks the article's most central sentences: similarity to the other sentences and the title,
 * a lead bonus, fact density and length sanity, skipping near-duplicates; reading order.
 */
export function createSelector(
  stopwords: ReadonlySet<string>,
  options: Partial<SelectOptions> = {},
): (input: SelectionInput) => number[] {
  const o = { ...DEFAULTS, ...options };
  const bagOf = createBagger(stopwords);
  return (input: SelectionInput): number[] => {
    const n = input.sentences.length;
    if (n === 0) return [];
    const titleBag = bagOf(input.title);
    const factCount = new Map<number, number>();
    const bump = (i: number): void => { factCount.set(i, (factCount.get(i) ?? 0) + 1); };
    input.facts.dates.forEach((d) => bump(d.sentence));
    input.facts.numbers.forEach((d) => bump(d.sentence));
    new Set(input.facts.mentions.map((m) => `${m.sentence}\u0000${m.en}`)).forEach((k) => bump(Number(k.split('\u0000')[0])));
    const bags = input.sentences.map((s) => bagOf(s.text));
    // Σ_j cos(b_i, b_j) = b̂_i · Σ_j b̂_j: the mean similarity to the others in linear time, not all pairs
    const centroid = sumOfUnitBags(bags);
    const toCentroid = cosineTo(centroid);
    const centroidNorm = norm(centroid);
    const cands: Candidate[] = input.sentences.map((s, i) => {
      const sh = shape(s);
      const bag = bags[i] as Bag;
      const toTitle = cosine(bag, titleBag);
      const central = (toCentroid(bag) * centroidNorm - (bag.size > 0 ? 1 : 0)) / Math.max(1, n - 1);
      const good = !(input.avoid?.has(s.index) ?? false) && sh.words >= 6 && sh.hindi >= 0.6 && bag.size >= 3 && (sh.ended || sh.words >= 12) && toTitle < 0.97;
      let score = central * 2 + toTitle * 1.2 + 0.35 * (1 - i / n) + (i < 3 ? 0.15 : 0)
        + 0.5 * Math.min(1, (factCount.get(s.index) ?? 0) / 4);
      if (sh.quoteOnly) score *= 0.5;
      if (sh.words > 55) score *= 0.6;
      return { index: i, bag, score, good };
    });
    const target = targetCount(n, o);
    const picked: Candidate[] = [];
    const consider = (pool: Candidate[]): void => {
      for (const c of [...pool].sort((a, b) => b.score - a.score)) {
        if (picked.length >= target) return;
        if (picked.includes(c) || c.bag.size === 0) continue;
        if (picked.some((p) => cosine(p.bag, c.bag) > o.redundancy)) continue;
        picked.push(c);
      }
    };
    consider(cands.filter((c) => c.good));
    if (picked.length < target) consider(cands.filter((c) => !c.good && shape(input.sentences[c.index] as Sentence).words >= 4));
    return picked.map((c) => c.index).sort((a, b) => a - b).map((i) => (input.sentences[i] as Sentence).index);
  };
}
