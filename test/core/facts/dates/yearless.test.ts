import { describe, expect, it } from 'vitest';
import type { ResolveEnv, Tense } from '../../../../src/core/facts/dates/candidate.js';
import { parseDay } from '../../../../src/core/facts/dates/resolve.js';
import { yearForDay, yearForMonth } from '../../../../src/core/facts/dates/yearless.js';

function env(tense: Tense, year: number | null = null, target = false): ResolveEnv {
  return {
    published: parseDay('2024-06-18')!,
    tense: () => tense,
    year,
    anchor: null,
    target,
    pastGraceDays: 7,
    futureGraceDays: 14,
  };
}

describe('year of a yearless day (published 2024-06-18)', () => {
  it.each([
    // [month, day, tense, year named earlier, deadline, expected]
    [6, 19, 'past', null, false, 2024],
    [6, 24, 'past', null, false, 2024],
    [6, 26, 'past', null, false, 2023],
    [12, 25, 'past', null, false, 2023],
    [7, 15, 'past', null, false, 2023],
    [7, 15, 'past', null, true, 2024],
    [1, 15, 'future', null, false, 2025],
    [6, 10, 'future', null, false, 2024],
    [5, 1, 'future', null, false, 2025],
    [12, 25, 'unknown', null, false, 2023],
    [11, 25, 'unknown', null, false, 2024],
    [1, 5, 'present', null, false, 2024],
    [8, 5, 'past', 2019, false, 2019],
    [8, 5, 'future', 2019, false, 2024],
    [2, 29, 'past', 2023, false, 2024],
  ] as const)('%i/%i %s (year %s, deadline %s) → %i', (m, d, tense, year, target, expected) => {
    expect(yearForDay(m, d, env(tense, year, target))).toBe(expected);
  });
});

describe('year of a yearless month (published 2024-06-18)', () => {
  it.each([
    [1, 'past', null, 2024],
    [9, 'past', null, 2023],
    [6, 'past', null, 2024],
    [2, 'future', null, 2025],
    [8, 'future', null, 2024],
    [12, 'unknown', null, 2024],
    [1, 'present', null, 2024],
    [3, 'past', 2022, 2022],
  ] as const)('month %i %s (year %s) → %i', (m, tense, year, expected) => {
    expect(yearForMonth(m, env(tense, year))).toBe(expected);
  });

  it('picks the nearest year for an unclear tense', () => {
    const january = { ...env('unknown'), published: parseDay('2024-01-10')! };
    expect(yearForMonth(12, january)).toBe(2023);
    expect(yearForDay(12, 28, january)).toBe(2023);
  });
});
