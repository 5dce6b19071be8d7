import { describe, expect, it } from 'vitest';
import { formatDuration, localDateTime, parseTimeOfDay } from '../../../src/app/commands/local-time.js';
import { localDate } from '../../../src/core/calendar/zoned-time.js';

describe('local time helpers', () => {
  it('formats days and times in a timezone', () => {
    const at = new Date('2024-06-19T20:00:00Z');
    expect(localDate(at, 'Asia/Kolkata')).toBe('2024-06-20');
    expect(localDate(at, 'UTC')).toBe('2024-06-19');
    expect(localDateTime(new Date('2024-06-19T18:30:00Z'), 'Asia/Kolkata')).toBe('2024-06-20 00:00');
  });

  it.each([[0, '0m'], [59_999, '0m'], [61 * 60_000, '1h 1m'], [(24 * 60 + 5) * 60_000, '1d 0h 5m'], [-5, '0m']])('duration %i → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([['7:30', '07:30'], ['२३:५९', '23:59'], [' 08:00 ', '08:00'], ['24:00', null], ['8', null], ['08:5', null], ['08:000', null]])(
    'time %j → %j',
    (input, expected) => expect(parseTimeOfDay(input)).toBe(expected),
  );
});
