import { describe, expect, it } from 'vitest';
import { citySources } from '../../../../src/core/facts/entities/cities.js';
import { countrySources } from '../../../../src/core/facts/entities/countries.js';
import { realEntitiesData } from './fixtures.js';

const data = realEntitiesData();
const countries = countrySources(data);
const cities = citySources(data);
const country = (en: string) => countries.find((c) => c.en === en);
const city = (en: string) => cities.find((c) => c.en === en);

describe('countries from Intl.DisplayNames', () => {
  it.each([
    ['United States', 'संयुक्त राज्य'],
    ['North Korea', 'उत्तर कोरिया'],
    ['South Korea', 'दक्षिण कोरिया'],
    ['Russia', 'रूस'],
    ['China', 'चीन'],
    ['United Kingdom', 'यूनाइटेड किंगडम'],
    ['Myanmar', 'म्यांमार'],
    ['Turkey', 'तुर्किये'],
    ['India', 'भारत'],
  ])('%s has the Hindi name %s', (en, hi) => {
    expect(country(en)?.hi).toContain(hi);
    expect(country(en)?.type).toBe('country');
  });

  it.each([
    ['Mexico', 'मेक्सिको'],
    ['Norway', 'नार्वे'],
    ['Poland', 'पोलेंड'],
    ['Jordan', 'जार्डन'],
    ['Mauritius', 'मारीशस'],
  ])('%s is also found as the papers print it: %s', (en, hi) => {
    expect(country(en)?.hi).toContain(hi);
  });

  it('covers the world (190+ countries) and leaves out non-countries', () => {
    expect(countries.length).toBeGreaterThan(190);
    for (const name of ['European Union', 'United Nations', 'Unknown Region', 'Eurozone', 'Jersey']) expect(country(name)).toBeUndefined();
  });

  it('English names are Wikipedia-style, without & or Devanagari', () => {
    for (const c of countries) {
      expect(c.en).not.toMatch(/[&\u0900-\u097F]/u);
      expect(c.hi.every((h) => !/[()]/.test(h))).toBe(true);
    }
  });
});

describe('cities from CLDR exemplar cities', () => {
  it.each([
    ['Pyongyang', 'प्योंगयांग'],
    ['Moscow', 'मॉस्को'],
    ['Vladivostok', 'व्लादिवोस्तोक'],
    ['Kolkata', 'कोलकाता'],
    ['Ho Chi Minh City', 'हो ची मिन्ह सिटी'],
    ['Kyiv', 'कीव'],
    ['Tokyo', 'टोक्यो'],
  ])('%s ← %s', (en, hi) => {
    expect(city(en)?.hi[0]).toBe(hi);
  });

  it.each([
    ['Moscow', 'मास्को'],
    ['Bangkok', 'बैंकाक'],
    ['Madrid', 'मेड्रिड'],
  ])('%s is also found as the papers print it: %s', (en, hi) => {
    expect(city(en)?.hi).toContain(hi);
  });

  it('skips excluded zones (Antarctica, Etc, sub-zones)', () => {
    expect(city('Unknown Location')).toBeUndefined();
    expect(city('Vostok Station')).toBeUndefined();
    expect(cities.some((c) => c.hi.some((h) => h.includes(',')))).toBe(false);
    expect(cities.length).toBeGreaterThan(300);
  });
});
