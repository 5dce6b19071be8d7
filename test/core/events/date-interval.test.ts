import { describe, expect, it } from 'vitest';
import { factInterval, overlaps, valueInterval } from '../../../src/core/events/date-interval.js';

describe('valueInterval', () => {
  it.each([
    ['2024-06-19', '2024-06-19', '2024-06-19'],
    ['2024-06', '2024-06-01', '2024-06-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['1961', '1961-01-01', '1961-12-31'],
    ['2024-W25', '2024-06-17', '2024-06-23'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
  ])('%s covers %s..%s', (value, start, end) => {
    expect(valueInterval(value)).toEqual({ start, end });
  });

  it.each(['', '2024-6', '24', 'June', '2024-W5', '2024-06-19T00:00'])('rejects %j', (value) => {
    expect(valueInterval(value)).toBeNull();
  });
});

describe('factInterval and overlaps', () => {
  it('spans a range from its first to its last unit', () => {
    expect(factInterval('1950', '1953')).toEqual({ start: '1950-01-01', end: '1953-12-31' });
    expect(factInterval('2024-06-18', '2024-06-19')).toEqual({ start: '2024-06-18', end: '2024-06-19' });
  });
  it.each([
    [{ start: '2024-06-18', end: '2024-06-19' }, { start: '2024-06-19', end: '2024-06-19' }, true],
    [{ start: '2024-06-18', end: '2024-06-18' }, { start: '2024-06-19', end: '2024-06-19' }, false],
    [{ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-06-01', end: '2024-06-30' }, true],
  ])('%j ∩ %j = %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });
});
