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
    ['२०२४-०६-१९', /invalid date/],
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
