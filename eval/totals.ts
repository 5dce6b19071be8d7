import { KINDS, type Agreement, type ArticleScore, type Kind, type KindScore } from './score.js';

export interface KindTotal {
  expected: number;
  hit: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
  /** Names matched only by their spelling key. */
  respelled: number;
}

export interface SetTotals {
  articles: number;
  kinds: Record<Kind, KindTotal>;
  qualifier: { checked: number; agreed: number };
  role: { checked: number; agreed: number };
  titles: { ok: number; total: number; withoutKicker: number };
  violations: number;
  violationsOutsideSummary: number;
  numberFacts: { expected: number; hit: number; recall: number };
}

const sum = (scores: ArticleScore[], pick: (s: ArticleScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function kindTotal(scores: ArticleScore[], k: Kind): KindTotal {
  const pick = (f: keyof Omit<KindScore, 'missed' | 'wrong' | 'respelled'>) => sum(scores, (s) => s.kinds[k][f]);
  const t = { expected: pick('expected'), hit: pick('hit'), found: pick('found'), correct: pick('correct') };
  return { ...t, recall: ratio(t.hit, t.expected), precision: ratio(t.correct, t.found), respelled: sum(scores, (s) => s.kinds[k].respelled.length) };
}

const agreement = (scores: ArticleScore[], pick: (s: ArticleScore) => Agreement) => ({
  checked: sum(scores, (s) => pick(s).checked),
  agreed: sum(scores, (s) => pick(s).agreed),
});

/** Sums article scores of one set. */
export function totals(scores: ArticleScore[]): SetTotals {
  return {
    articles: scores.length,
    kinds: Object.fromEntries(KINDS.map((k) => [k, kindTotal(scores, k)])) as Record<Kind, KindTotal>,
    qualifier: agreement(scores, (s) => s.qualifier),
    role: agreement(scores, (s) => s.role),
    titles: { ok: scores.filter((s) => s.titleOk).length, total: scores.length, withoutKicker: scores.filter((s) => s.titleOkWithoutKicker).length },
    violations: sum(scores, (s) => s.violations.length),
    violationsOutsideSummary: sum(scores, (s) => s.violationsOutsideSummary.length),
    numberFacts: (({ expected, hit }) => ({ expected, hit, recall: ratio(hit, expected) }))({ expected: sum(scores, (s) => s.numberFacts.expected), hit: sum(scores, (s) => s.numberFacts.hit) }),
  };
}
