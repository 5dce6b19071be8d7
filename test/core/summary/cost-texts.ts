import { join } from 'node:path';
import { loadData } from '../../../src/core/data/load-data.js';
import { createCostFinder } from '../../../src/core/summary/costs.js';
import { build, type FactSpec } from './fact-builders.js';

const costs = createCostFinder(loadData(join(process.cwd(), 'config')).data.lexicon);

/** The texts of the figures the cost finder marks in one built sentence. */
export const costTexts = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = costs(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => n.text);
};
