import { describe, expect, it } from 'vitest';
import { createCronSlots } from '../../../src/app/delivery/cron-slots.js';
import { localDate, zonedTime } from '../../../src/core/calendar/zoned-time.js';

const KOLKATA = 'Asia/Kolkata';

describe('local time', () => {
  it.each([
    ['2025-03-14', '08:00', KOLKATA, '2025-03-14T02:30:00.000Z'],
    ['2025-03-14', '00:15', KOLKATA, '2025-03-13T18:45:00.000Z'],
    ['2025-07-01', '09:00', 'Europe/London', '2025-07-01T08:00:00.000Z'],
    ['2025-01-01', '09:00', 'Europe/London', '2025-01-01T09:00:00.000Z'],
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30:00.000Z'],
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:30:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, iso) => {
    expect(zonedTime(day, time, zone).toISOString()).toBe(iso);
  });

  it('gives the edition as the local date', () => {
    expect(localDate(new Date('2025-03-13T18:29:00Z'), KOLKATA)).toBe('2025-03-13');
    expect(localDate(new Date('2025-03-13T18:30:00Z'), KOLKATA)).toBe('2025-03-14');
  });
});

describe('cron slots', () => {
  it.each([
    ['0 8 * * *', '2025-03-14T02:30:00Z', '2025-03-14T02:30:00.000Z'],
    ['0 8 * * *', '2025-03-14T02:29:59Z', '2025-03-13T02:30:00.000Z'],
    ['0 8 * * *', '2025-03-14T12:00:00Z', '2025-03-14T02:30:00.000Z'],
    ['30 7,19 * * *', '2025-03-14T12:00:00Z', '2025-03-14T02:00:00.000Z'],
    ['30 7,19 * * *', '2025-03-14T15:00:00Z', '2025-03-14T14:00:00.000Z'],
    ['*/15 9-17 * * mon-fri', '2025-03-15T06:00:00Z', '2025-03-14T12:15:00.000Z'],
    ['0 8 * * 1', '2025-03-14T12:00:00Z', '2025-03-10T02:30:00.000Z'],
    ['0 8 L * *', '2025-03-14T12:00:00Z', '2025-02-28T02:30:00.000Z'],
    ['0 8 * * 1#2', '2025-03-14T12:00:00Z', '2025-03-10T02:30:00.000Z'],
    ['0 0 8 * * *', '2025-03-14T12:00:00Z', '2025-03-14T02:30:00.000Z'],
  ])('%s: latest fire at or before %s is %s (Kolkata)', (expression, now, expected) => {
    expect(createCronSlots(expression, KOLKATA).latestFire(new Date(now))?.toISOString()).toBe(expected);
  });

  it('returns null when nothing fired within the look-back', () => {
    const yearly = createCronSlots('0 8 1 1 *', KOLKATA, 35);
    expect(yearly.latestFire(new Date('2025-03-14T12:00:00Z'))).toBeNull();
    expect(yearly.latestFire(new Date('2025-01-20T12:00:00Z'))?.toISOString()).toBe('2025-01-01T02:30:00.000Z');
  });

  it('matches the fire minute in the timezone only', () => {
    const daily = createCronSlots('0 8 * * *', KOLKATA);
    expect(daily.matches(new Date('2025-03-14T02:30:40Z'))).toBe(true);
    expect(daily.matches(new Date('2025-03-14T08:00:00Z'))).toBe(false);
  });

  it('throws on an invalid expression', () => {
    expect(() => createCronSlots('every morning', KOLKATA)).toThrow();
    expect(() => createCronSlots('61 8 * * *', KOLKATA)).toThrow();
  });
});
