import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createNumberExtractor } from '../../../../src/core/facts/numbers/create-number-extractor.js';
import { numbersDataSchema } from '../../../../src/core/facts/numbers/numbers-data.js';

describe('numbers data', () => {
  it('accepts {} and then still reads digits, with the counted nouns the data names', () => {
    const empty = numbersDataSchema.parse({});
    expect(empty.units).toEqual({});
    // with no counted noun known, a bare figure is no fact (nothing is guessed)
    const text = { index: 0, text: 'कुल 42 मिसाइलें और 1,50,000 लोग', paragraph: 0 };
    expect(createNumberExtractor(empty)(text, [])).toEqual([]);
    const some = numbersDataSchema.parse({ units: { missile: ['मिसाइलें'], person: ['लोग'] } });
    const facts = createNumberExtractor(some)(text, []);
    expect(facts.map((f) => [f.text, f.value, f.unit])).toEqual([['42 मिसाइलें', 42, 'missile'], ['1,50,000 लोग', 150000, 'person']]);
  });

  it('rejects unknown keys and wrong types', () => {
    expect(numbersDataSchema.safeParse({ unit: {} }).success).toBe(false);
    expect(numbersDataSchema.safeParse({ words: { एक: 'one' } }).success).toBe(false);
  });

  it('config/numbers.yaml loads without problems and is broad', () => {
    const { data, problems } = loadData(join(process.cwd(), 'config'));
    expect(problems.filter((p) => p.file.includes('numbers'))).toEqual([]);
    const numbers = data.numbers;
    expect(Object.keys(numbers.units).length).toBeGreaterThanOrEqual(150);
    const values = new Set(Object.values(numbers.words));
    for (let n = 1; n <= 99; n++) expect(values.has(n), `word for ${n}`).toBe(true);
  });
});
