import { describe, expect, it } from 'vitest';
import { datesDataSchema } from '../../../../src/core/facts/dates/dates-data.js';
import { createCalendarNames } from '../../../../src/core/facts/dates/month-names.js';
import { foldKey } from '../../../../src/core/text/devanagari.js';
import { datesData } from './helpers.js';

const names = createCalendarNames(datesData);

describe('month and weekday names', () => {
  it.each([
    ['जनवरी', 1], ['फ़रवरी', 2], ['फरवरी', 2], ['सितम्बर', 9], ['सितंबर', 9], ['अक्तूबर', 10], ['अक्टूबर', 10],
    ['अगस्त', 8], ['June', 6], ['Jun', 6], ['Sept', 9], ['december', 12], ['नवम्बर', 11], ['जुलाई', 7],
    // an Odia or Marathi writer's spelling, and swapped-nasal typos
    ['ओक्टोबर', 10], ['सिंतबर', 9], ['नवबंर', 11], ['दिसबंर', 12],
  ])('month %s → %i', (name, month) => {
    expect(names.months.get(foldKey(name))).toBe(month);
  });

  it.each([
    ['रविवार', 0], ['सोमवार', 1], ['मंगलवार', 2], ['बुधवार', 3], ['गुरुवार', 4], ['गुरूवार', 4], ['बृहस्पतिवार', 4],
    ['शुक्रवार', 5], ['शनिवार', 6], ['Sunday', 0],
  ])('weekday %s → %i', (name, weekday) => {
    expect(names.weekdays.get(foldKey(name))).toBe(weekday);
  });

  it('takes month and weekday names from Intl even with empty data', () => {
    const empty = createCalendarNames(datesDataSchema.parse({}));
    expect(empty.months.get(foldKey('सितंबर'))).toBe(9);
    expect(empty.months.get(foldKey('june'))).toBe(6);
    expect(empty.weekdays.get(foldKey('शुक्रवार'))).toBe(5);
    expect(empty.latin.has('june')).toBe(true);
    expect(empty.latin.has(foldKey('जून'))).toBe(false);
  });
});
