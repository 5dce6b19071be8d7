import { describe, expect, it } from 'vitest';
import { parseEventQuery } from '../../../src/core/events/parse-event-query.js';

describe('parseEventQuery accepts real days, months and years', () => {
  it.each([
    ['2024-06-19', 'day', '2024-06-19', '2024-06-19'],
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    ['2024-06', 'month', '2024-06-01', '2024-06-30'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['  2024-06-19 ', 'day', '2024-06-19', '2024-06-19'],
  ])('%s → %s %s..%s', (input, granularity, start, end) => {
    const parsed = parseEventQuery(input);
    expect(parsed).toEqual({ ok: true, query: { text: input.trim(), granularity, interval: { start, end } } });
  });
});

// Issue 12: Hindi users type Devanagari digits; the query reads as its ASCII form (this used to be a rejected case).
describe('parseEventQuery reads Devanagari digits and ignores invisible characters', () => {
  it.each([
    ['२०२४-०६-१९', '2024-06-19', 'day'],
    ['२०२४-०६', '2024-06', 'month'],
    ['२०२४', '2024', 'year'],
    ['२०२४-06-१९', '2024-06-19', 'day'],
    ['\u200f2024-06-19\u200e', '2024-06-19', 'day'],
    ['\u202e2024-06\u202c', '2024-06', 'month'],
  ])('%j → %s', (input, text, granularity) => {
    expect(parseEventQuery(input)).toMatchObject({ ok: true, query: { text, granularity } });
  });

  it.each([
    ['२०२४-१३-४५', /^invalid date "२०२४-१३-४५": month must be 01–12/],
    ['\u202eevil\u202c-date', /^invalid date "evil-date": /],
    ['2024\u0000-06\u001b[31m-99', /^invalid date "2024-06\[31m-99": /],
    ['a\u2028b\u2066c\u2069d', /^invalid date "abcd": /],
  ])('the echo of %j carries no control or bidi character', (input, message) => {
    const parsed = parseEventQuery(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(message);
    expect(parsed.error).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  });
});

describe('parseEventQuery rejects everything else with one clear line', () => {
  it.each([
    ['2024-13-45', /month must be 01–12/],
    ['2024-02-30', /day must be 01–29 for 2024-02/],
    ['2023-02-29', /day must be 01–28 for 2023-02/],
    ['2024-06-00', /day must be 01–30/],
    ['2024-00', /month must be 01–12/],
    ['yesterday-ish', /invalid date "yesterday-ish"/],
    ["2024'; DROP TABLE events;--", /invalid date/],
    ['19-06-2024', /invalid date/],
    ['2024/06/19', /invalid date/],
    ['24-06-19', /invalid date/],
    ['2024-6-9', /invalid date/],
    ['', /missing date/],
    ['0000', /year must be 0001 or later/],
  ])('%j', (input, message) => {
    const parsed = parseEventQuery(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(message);
    expect(parsed.error).toMatch(/YYYY|year/);
    expect(parsed.error).not.toContain('\n');
  });
});
