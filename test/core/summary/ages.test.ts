import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createAgeFinder } from '../../../src/core/summary/ages.js';
import { build, type FactSpec } from './fact-builders.js';

const ages = createAgeFinder(loadData(join(process.cwd(), 'config')).data.lexicon);
const found = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = ages(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => n.text);
};

describe('spans of years that are an age', () => {
  it.each([
    ['पूर्व मंत्री का 92 वर्ष की आयु में निधन हो गया।', { numbers: [['92 वर्ष', 92, 'year']] } as FactSpec, ['92 वर्ष']],
    ['वह 85 साल की उम्र में भी खेत जाते थे।', { numbers: [['85 साल', 85, 'year']] } as FactSpec, ['85 साल']],
  ])('%s', (hi, spec, want) => {
    expect(found(hi, spec)).toEqual(want);
  });
});

describe('spans of years that are no age', () => {
  it.each([
    // a span of time
    ['वह 10 साल से इस पद पर थे।', { numbers: [['10 साल', 10, 'year']] } as FactSpec],
    // a sentence of years, with an age word further on
    ['अदालत ने 7 साल की सजा सुनाई, दोषी की उम्र 30 है।', { numbers: [['7 साल', 7, 'year']] } as FactSpec],
    // not years
    ['मरीज 92 प्रतिशत की आयु वर्ग में है।', { numbers: [['92 प्रतिशत', 92, 'percent']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(found(hi, spec)).toEqual([]);
  });
});
