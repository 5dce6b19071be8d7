import { join } from 'node:path';
import { expect } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createDateExtractor } from '../../../../src/core/facts/dates/create-date-extractor.js';
import type { DateFact } from '../../../../src/core/types.js';

/** Fixed reference date of the table tests: Tuesday 18 June 2024 (ISO week 2024-W25). */
export const PUBLISHED = '2024-06-18';

const loaded = loadData(join(process.cwd(), 'config'));
export const datesData = loaded.data.dates;
export const extractDates = createDateExtractor(datesData);

/** All date facts of one sentence. */
export function datesIn(text: string, published = PUBLISHED): DateFact[] {
  return extractDates({ index: 0, text, paragraph: 0 }, { published });
}

/** Asserts that `text` yields a fact spelled `expected` with the given value (and end), span-consistent. */
export function expectDate(text: string, expected: string, value: string, end?: string, published = PUBLISHED): DateFact {
  const facts = datesIn(text, published);
  for (const f of facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  const fact = facts.find((f) => f.text === expected);
  expect(fact, `"${expected}" in ${JSON.stringify(facts.map((f) => `${f.text}=${f.value}`))}`).toBeDefined();
  expect(fact?.value).toBe(value);
  expect(fact?.end).toBe(end);
  return fact as DateFact;
}
