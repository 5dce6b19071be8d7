import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, RESPELT_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(RESPELT_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): [string, string][] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a known one-word name before the last word of another listed person\'s name is someone else', () => {
  // (was the cricketer: `हर्षित` alone is his, the word after it another listed person's surname — no list
  // names this man, and the minister's given name is not his)
  it('हर्षित झिंगरन is neither the cricketer nor the minister', () => {
    expect(people('मंत्री हर्षित झिंगरन ने नई ट्रेन को हरी झंडी दिखाई।')).toEqual([['हर्षित झिंगरन', 'Harshit Jhingran']]);
  });
  it('the one-word name alone stays the player\'s', () => {
    expect(people('इस मैच में हर्षित ने तीन विकेट लिए।')).toEqual([['हर्षित', 'Harshit Rawal']]);
  });
});
