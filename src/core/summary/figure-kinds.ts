import type { ArticleFacts, Sentence } from '../types.js';
import { createAgeFinder } from './ages.js';
import { createCostFinder } from './costs.js';
import type { FigureLabel } from './figure-labels.js';
import type { LexiconData } from './lexicon-data.js';

/**
 * What the sentence says its figures are, by offset: what something costs (costs.ts) and someone's age (ages.ts).
 * A sentence with such a figure is said as a labelled facts line: the renderer read "bridge will become from 500
 * crore rupees" and "Manmohan Singh's 92 years" of them.
 */
export function createFigureLabels(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, FigureLabel> {
  const costs = createCostFinder(data);
  const ages = createAgeFinder(data);
  return (sentence, facts) => new Map<number, FigureLabel>([
    ...[...costs(sentence, facts)].map((at) => [at, 'cost'] as const),
    ...[...ages(sentence, facts)].map((at) => [at, 'age'] as const),
  ]);
}
