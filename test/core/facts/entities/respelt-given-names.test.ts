import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, RESPELT_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(RESPELT_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): [string, string][] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a known one-word name before a surname, spelling another person\'s given name short', () => {
  // (was the cricketer: `हर्षित` alone is his, the surname after it another's)
  it('हर्षित कालरा is the minister Harshita Kalra', () => {
    expect(people('मंत्री हर्षित कालरा ने नई ट्रेन को हरी झंडी दिखाई।')).toEqual([['हर्षित कालरा', 'Harshita Kalra']]);
  });
  it('the one-word name alone stays the player\'s', () => {
    expect(people('इस मैच में हर्षित ने तीन विकेट लिए।')).toEqual([['हर्षित', 'Harshit Rawal']]);
  });
});
