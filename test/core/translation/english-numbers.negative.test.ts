import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { createEnglishNumberReader } from '../../../src/core/translation/english-numbers.js';
import { translationDataSchema } from '../../../src/core/translation/translation-data.js';

const read = createEnglishNumberReader(translationDataSchema.parse(parse(readFileSync('config/translation.yaml', 'utf8'))));

describe('English number reader', () => {
  it.each([
    ['rs 22 lakh crore', [22e12]],
    ['22,00,000 crore', [22e12]],
    ['$4,000,000,000', [4e9]],
    ['twenty-five people', [25]],
    ['a million people', [1e6]],
    ['on june 19, 2024', [19, 2024]],
    ['the 19th of june', [19]],
    ['fiscal 2024-25', [2024, 2025]],
    ['18-19 june', [18, 19]],
    ['7.2% growth', [7.2]],
  ])('%s', (text, values) => {
    expect(read(text).filter((n) => n.kind === 'number').map((n) => n.value)).toEqual(values);
  });

  it.each([
    ['words without numbers', 'the court heard the plea and adjourned'],
    ['a scale word alone is not a count', 'a crore-rupee scheme ran in the crore belt'.replace('a crore', 'the crore')],
    ['an ordinal suffix is not a number by itself', 'the th and st letters'],
    ['a sentence-final dot is not a decimal', 'none.'],
  ])('reads no number: %s', (_label, text) => {
    expect(read(text).filter((n) => n.kind === 'number')).toEqual([]);
  });

  it('a vague plural is not an exact number', () => {
    expect(read('thousands of people')).toEqual([{ value: 1000, kind: 'vague' }]);
  });
});
