import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'Surat', hi: ['सूरत शहर'], latin: [], short: ['सूरत'], type: 'city', country: 'India' },
    { en: 'Nashik', hi: ['नासिक'], latin: [], short: [], type: 'city', country: 'India' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const ens = (text: string): string[] => mentionsOf(text, extract).map((m) => m.en);

describe('an everyday word next to a place, but not in a list with it, is no place', () => {
  it.each([
    // सूरत = situation, appearance
    ['इस सूरत में नासिक जाना होगा।'],
    ['नासिक की सूरत बदल गई।'],
    ['किसी भी सूरत में नासिक का विकास रुकेगा नहीं।'],
  ])('%s', (sentence) => {
    expect(ens(sentence)).not.toContain('Surat');
  });
});
