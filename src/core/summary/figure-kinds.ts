import type { ArticleFacts, Sentence } from '../types.js';
import { SCALE_UNITS } from '../unit-kinds.js';
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

/**
 * True when the sentence reads a scale (an AQI, a quake's magnitude: config units named before their figure): the
 * renderer made "AQI 271 of city were recorded" of such a figure, so the sentence is said as a facts line.
 */
export function readsScale(sentence: Sentence, facts: ArticleFacts): boolean {
  return facts.numbers.some((n) => n.sentence === sentence.index && n.unit !== null && SCALE_UNITS.has(n.unit));
}
