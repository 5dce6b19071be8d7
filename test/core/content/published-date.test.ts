import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePublished } from '../../../src/core/content/published-date.js';
import { createUpdateLineParser } from '../../../src/core/content/update-line.js';

const IST = 'Asia/Kolkata';

describe('parsePublished', () => {
  it.each([
    ['2024-06-18', { date: '2024-06-18' }],
    ['2024-6-8', { date: '2024-06-08' }],
    ['2024-02-29', { date: '2024-02-29' }],
    ['2024-06-18T08:21Z', { date: '2024-06-18', at: '2024-06-18T08:21:00.000Z' }],
    ['2024-06-18T20:00Z', { date: '2024-06-19', at: '2024-06-18T20:00:00.000Z' }],
    ['2024-06-18 08:21', { date: '2024-06-18', at: '2024-06-18T02:51:00.000Z' }],
    ['2024-06-18T23:30+05:30', { date: '2024-06-18', at: '2024-06-18T18:00:00.000Z' }],
    ['2024-06-18T08:21:30.500Z', { date: '2024-06-18', at: '2024-06-18T08:21:30.000Z' }],
    ['2024-06-18 08:21 GMT', { date: '2024-06-18', at: '2024-06-18T08:21:00.000Z' }],
  ])('%s in Asia/Kolkata', (value, expected) => {
    expect(parsePublished(value, IST)).toEqual(expected);
  });

  it('reads a YAML Date (midnight UTC is a plain date)', () => {
    expect(parsePublished(new Date('2024-06-18T00:00:00Z'), IST)).toEqual({ date: '2024-06-18' });
    expect(parsePublished(new Date('2024-06-18T21:00:00Z'), IST)).toEqual({ date: '2024-06-19', at: '2024-06-18T21:00:00.000Z' });
  });

  it('a wall-clock time honours daylight saving', () => {
    expect(parsePublished('2024-07-01 12:00', 'Europe/Berlin')?.at).toBe('2024-07-01T10:00:00.000Z');
    expect(parsePublished('2024-01-15 12:00', 'Europe/Berlin')?.at).toBe('2024-01-15T11:00:00.000Z');
  });

  it.each([['2024-02-30'], ['2023-02-29'], ['2024-13-01'], ['2024-00-10'], ['tomorrow'], [''], ['18-06-2024'], ['2024-06-18T25:00Z'], ['2024-06-18T10:61Z']])(
    '%s is invalid',
    (value) => {
      expect(parsePublished(value, IST)).toBeNull();
    },
  );

  it.each([[20240618], [null], [undefined], [{}], [new Date('invalid')]])('%s is invalid', (value) => {
    expect(parsePublished(value, IST)).toBeNull();
  });

  it('isCalendarDate knows leap years', () => {
    expect([isCalendarDate(2000, 2, 29), isCalendarDate(1900, 2, 29), isCalendarDate(2024, 4, 31)]).toEqual([true, false, false]);
  });
});

describe('default update line parser (loader)', () => {
  const parse = createUpdateLineParser();
  it.each([
    ['Update: 2024-06-18 08:21 GMT', '2024-06-18T08:21Z'],
    ['Update: 2024-06-19 07:05 GMT', '2024-06-19T07:05Z'],
    ['  Update:2024-1-5 9:05 UTC ', '2024-01-05T09:05Z'],
    ['Update: 2024-06-18 08:21', '2024-06-18T08:21Z'],
  ])('%s → %s', (line, stamp) => {
    expect(parse(line)).toBe(stamp);
  });

  it.each([['Update: 2024-02-30 08:21 GMT'], ['Update: tomorrow'], ['यह Update: 2024-06-18 08:21 GMT वाक्य में है'], ['Update: 2024-06-18 24:00 GMT']])(
    '%s is not an update line',
    (line) => {
      expect(parse(line)).toBeNull();
    },
  );
});
