import { fold } from '../../text/devanagari.js';
import type { NumberScope, Sentence } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import { createScoreReader } from './scores.js';
import { tokenize } from './tokens.js';

/**
 * The sports of a whole article, from the same word lists as a sentence's score context: a hockey
 * or football report whose sentence says only `भारत 1-0 से आगे था` still reads 1-0 as goals.
 */
export function createNumberScope(data: NumbersData): (sentences: readonly Sentence[]) => NumberScope {
  const scores = createScoreReader(data);
  return (sentences) => {
    const scope: NumberScope = { cricket: false, goals: false, points: false, matchPoints: false, exam: false };
    for (const s of sentences) {
      const context = scores.context(tokenize(fold(s.text).text));
      scope.cricket ||= context.cricket;
      scope.goals ||= context.goals;
      scope.points ||= context.points;
      scope.matchPoints ||= context.matchPoints;
      scope.exam ||= context.exam;
    }
    return scope;
  };
}
