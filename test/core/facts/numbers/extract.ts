import { join } from 'node:path';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createNumberExtractor } from '../../../../src/core/facts/numbers/create-number-extractor.js';
import type { NumberFact, Span } from '../../../../src/core/types.js';

/** The extractor built from the real config/numbers.yaml. */
export const extractor = createNumberExtractor(loadData(join(process.cwd(), 'config')).data.numbers);

/** Extracts the quantities of one sentence (index 0). */
export function numbersIn(text: string, taken: readonly Span[] = [], people: readonly Span[] = []): NumberFact[] {
  return extractor({ index: 0, text, paragraph: 0 }, [...taken, ...people], undefined, people);
}

/** The span of `part` in `text`. */
export const spanOf = (text: string, part: string): Span => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};
