import { describe, expect, it } from 'vitest';
import { formatNumber, vagueWords } from '../../../src/core/summary/english-morph.js';
import type { NumberFact, NumberQualifier } from '../../../src/core/types.js';

const fact = (value: number, unit: string | null, qualifier: NumberQualifier, end?: number): NumberFact => ({
  text: 'x', value, unit, qualifier, approx: qualifier !== 'exact', sentence: 0, span: { start: 0, end: 1 }, ...(end === undefined ? {} : { end }),
});

describe('a span said as an adjective is an adjective, never a span of years; a woman\'s age is an age', () => {
  it.each([
    ['सात वर्षीय', 7, 'seven-year'],
    ['पांच वर्षीय', 5, 'five-year'],
    ['24 वर्षीया', 24, '24-year-old'],
    ['10 साल', 10, '10 years'],
    ['पांच वर्ष', 5, 'five years'],
  ] as const)('%s → %s', (text, value, expected) => {
    expect(formatNumber({ ...fact(value, 'year', 'exact'), text }, null)).toBe(expected);
  });
});

describe('formatNumber follows what the Hindi says about the value', () => {
  it.each([
    [fact(4000000000, 'rupee', 'about'), 'about 400 crore rupees'],
    [fact(18000000000000, 'rupee', 'exact'), '18 lakh crore rupees'],
    [fact(250000, 'rupee', 'exact'), '2.5 lakh rupees'],
    [fact(50000, 'rupee', 'exact'), 'Rs 50,000'],
    [fact(9, 'person', 'at least'), 'at least nine people'],
    // a scale's name stays before its qualifier and figure
    [fact(350, 'AQI', 'more than'), 'AQI more than 350'],
    [fact(6, 'magnitude', 'more than'), 'magnitude more than 6'],
    [fact(271, 'AQI', 'exact'), 'AQI 271'],
    [fact(100, 'village', 'more than'), 'more than 100 villages'],
    [fact(10, 'percent', 'less than'), 'less than 10%'],
    [fact(5, 'year', 'up to'), 'up to five years'],
    // a multiple is so many times, never "folds"
    [fact(2.02, 'fold', 'exact'), '2.02 times'],
    [fact(3, 'fold', 'about'), 'about 3 times'],
    [fact(4, 'percent', 'range', 6), '4–6%'],
    [fact(2, 'day', 'range', 3), '2–3 days'],
    [fact(1000, 'person', 'vague'), 'thousands of people'],
    [fact(100, 'house', 'vague'), 'hundreds of houses'],
    [fact(12, 'vehicle', 'vague'), 'dozens of vehicles'],
    [fact(100000, 'person', 'vague'), 'lakhs of people'],
    [fact(10000000, 'rupee', 'vague'), 'crores of rupees'],
    [fact(10000000000, 'rupee', 'vague'), 'thousands of crores of rupees'],
    [fact(1000, null, 'vague'), 'thousands'],
    [fact(50, 'missile', 'exact'), '50 missiles'],
    // personnel (जवान, of the police or the army) has no singular: one is a member of the forces
    [fact(7, 'personnel', 'exact'), 'seven personnel'],
    [fact(1, 'personnel', 'exact'), 'one member of the forces'],
    [fact(5.2, 'magnitude', 'exact'), 'magnitude 5.2'],
    // a measure keeps the decimals the Hindi prints (1.318 घन मीटर: not 1.32)
    [fact(1.318, 'cubic metre', 'exact'), '1.318 cubic metres'],
    // a bare figure given in lakhs keeps the Indian scale (was "151.44 million"); one in digits does not
    [{ ...fact(151443000, null, 'exact'), text: '1 हजार 514.43 लाख' }, '15.14 crore'],
    [{ ...fact(151443000, null, 'exact'), text: '151443000' }, '151.44 million'],
  ] as const)('%o → %s', (n, expected) => {
    expect(formatNumber(n, null)).toBe(expected);
  });

  it('never prints a vague plural as "about 1,000"', () => {
    expect(formatNumber(fact(1000, 'person', 'vague'), 'about')).toBe('thousands of people');
    expect(vagueWords(1000)).toBe('thousands');
    expect(vagueWords(777)).toBeNull();
  });

  it('keeps the Hindi words’ qualifier when the caller knows it', () => {
    expect(formatNumber(fact(12, 'person', 'about'), 'at least')).toBe('at least 12 people');
  });
});
