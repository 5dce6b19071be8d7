import type { NumbersData } from './numbers-data.js';
import { PhraseTable, type Token } from './tokens.js';

export type ApproxKind = 'before' | 'after' | 'upto';

/** Approximation phrases around a number: `लगभग 50`, `50 से अधिक`, `30000 के लगभग`, `10 साल तक`. */
export interface Approximations {
  /** Token count of an approximation phrase ending right before token `end`, or 0. */
  before(tokens: readonly Token[], end: number, floor: number): number;
  /** Approximation phrase starting at token `i` (after the number or its noun), or null. */
  after(tokens: readonly Token[], i: number, limit: number): { length: number; kind: ApproxKind } | null;
  /** Token count of an "only" word (सिर्फ़, केवल) ending right before token `end`, or 0. */
  only(tokens: readonly Token[], end: number, floor: number): number;
}

export function createApproximations(data: NumbersData): Approximations {
  const before = new PhraseTable(data.approx.before.map((p) => [p, true] as const));
  const after = new PhraseTable<ApproxKind>([
    ...data.approx.upto.map((p) => [p, 'upto'] as const),
    ...data.approx.after.map((p) => [p, 'after'] as const),
  ]);
  const only = new PhraseTable(data.only.map((p) => [p, true] as const));
  return {
    before: (tokens, end, floor) => before.matchEnding(tokens, end, floor)?.length ?? 0,
    after: (tokens, i, limit) => {
      const found = after.match(tokens, i, limit);
      return found === null ? null : { length: found.length, kind: found.value };
    },
    only: (tokens, end, floor) => only.matchEnding(tokens, end, floor)?.length ?? 0,
  };
}
