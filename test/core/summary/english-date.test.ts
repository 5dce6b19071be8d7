import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createWhen, formatDateRange, formatDateValue } from '../../../src/core/summary/english-date.js';
import type { DateFact, Granularity } from '../../../src/core/types.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const when = createWhen(lexicon);
const fact = (text: string, value: string, granularity: Granularity, end?: string): DateFact => ({
  text, value, end, granularity, sentence: 0, span: { start: 0, end: text.length }, kind: 'relative',
});

describe('formatDateValue', () => {
  it.each([
    ['2024-06-14', '14 June 2024'],
    ['2000-07', 'July 2000'],
    ['2023', '2023'],
    ['2024-W25', 'the week of 17 June 2024'],
    ['2025-W01', 'the week of 30 December 2024'],
    ['nonsense', ''],
  ])('%s → %s', (value, expected) => {
    expect(formatDateValue(value)).toBe(expected);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2024-06-18', '2024-06-19', '18–19 June 2024'],
    ['2024-06-30', '2024-07-02', '30 June – 2 July 2024'],
    ['2023-12-30', '2024-01-02', '30 December 2023 – 2 January 2024'],
    ['1950', '1953', '1950–1953'],
    ['2024-06', '2024-07', 'June–July 2024'],
    ['2024-06-18', undefined, '18 June 2024'],
  ])('%s..%s → %s', (value, end, expected) => {
    expect(formatDateRange(value, end)).toBe(expected);
  });
});

describe('createWhen: the "when" phrase of a date fact (reference 2024-06-17)', () => {
  it.each([
    [fact('शुक्रवार', '2024-06-14', 'day'), 'on Friday (14 June 2024)'],
    [fact('शुक्रवार को', '2024-06-14', 'day'), 'on Friday (14 June 2024)'],
    [fact('18-19 जून', '2024-06-18', 'day', '2024-06-19'), 'on 18–19 June 2024'],
    [fact('19 जून 2024', '2024-06-19', 'day'), 'on 19 June 2024'],
    [fact('जुलाई 2000', '2000-07', 'month'), 'in July 2000'],
    [fact('पिछले सितंबर', '2023-09', 'month'), 'in September 2023'],
    [fact('पिछले महीने', '2024-05', 'month'), 'last month (May 2024)'],
    [fact('अगले महीने', '2024-07', 'month'), 'next month (July 2024)'],
    [fact('पिछले साल', '2023', 'year'), 'last year (2023)'],
    [fact('पिछले वर्ष', '2023', 'year'), 'last year (2023)'],
    [fact('1961', '1961', 'year'), 'in 1961'],
    [fact('इस सप्ताह', '2024-W25', 'week'), 'this week (the week of 17 June 2024)'],
    [fact('इस हफ्ते', '2024-W25', 'week'), 'this week (the week of 17 June 2024)'],
    [fact('अगले सप्ताह', '2024-W26', 'week'), 'next week (the week of 24 June 2024)'],
    [fact('1950-1953', '1950', 'year', '1953'), 'in 1950–1953'],
  ])('%o', (f, expected) => {
    expect(when(f)).toBe(expected);
  });
});
