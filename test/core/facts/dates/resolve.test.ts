import { describe, expect, it } from 'vitest';
import {
  addMonths, formatDay, isoWeek, isValidDay, parseDay, parseValue, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore,
} from '../../../../src/core/facts/dates/resolve.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2024-06-17', '2024-W25'],
    ['2024-06-23', '2024-W25'],
    ['2024-06-24', '2024-W26'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2023-01-01', '2022-W52'],
    ['2026-01-01', '2026-W01'],
  ])('ISO week of %s is %s', (day, week) => {
    expect(isoWeek(parseDay(day)!)).toBe(week);
  });

  it('parses days and values', () => {
    expect(parseDay('2024-06-18T08:21Z')).toEqual({ y: 2024, m: 6, d: 18 });
    expect(parseDay('2024-02-30')).toBeNull();
    expect(parseDay('18/06/2024')).toBeNull();
    expect(parseValue('2024-06')).toEqual({ y: 2024, m: 6 });
    expect(parseValue('2024-W25')).toBeNull();
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
  });

  it('moves by months and weekdays', () => {
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
    expect(addMonths(2024, 12, 1)).toEqual({ y: 2025, m: 1 });
    const tuesday = parseDay('2024-06-18')!;
    expect(weekdayOf(tuesday)).toBe(2);
    expect(formatDay(weekdayOnOrBefore(tuesday, 5))).toBe('2024-06-14');
    expect(formatDay(weekdayOnOrBefore(tuesday, 2))).toBe('2024-06-18');
    expect(formatDay(weekdayOnOrBefore(tuesday, 2, true))).toBe('2024-06-11');
    expect(formatDay(weekdayOnOrAfter(tuesday, 0))).toBe('2024-06-23');
    expect(formatDay(weekdayOnOrAfter(tuesday, 2, true))).toBe('2024-06-25');
  });
});
