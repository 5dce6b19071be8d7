import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** Cities named in full, and one whose short form is an everyday word (सूरत = face, appearance). */
const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'Surat', hi: ['सूरत शहर'], latin: [], short: ['सूरत'], type: 'city', country: 'India' },
    { en: 'Nashik', hi: ['नासिक'], latin: [], short: [], type: 'city', country: 'India' },
    { en: 'Chandigarh', hi: ['चंडीगढ़'], latin: [], short: [], type: 'capital', country: 'India' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const places = (text: string): [string, string][] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => [m.en, m.text]);

describe('a place short form that is an everyday word counts inside a list of places', () => {
  it.each([
    ['चंडीगढ़, सूरत, नासिक जैसे बड़े शहरों में कीमतें बढ़ीं।', ['Surat', 'सूरत']],
    ['नासिक और सूरत में बारिश हुई।', ['Surat', 'सूरत']],
    ['सूरत व चंडीगढ़ के व्यापारी पहुंचे।', ['Surat', 'सूरत']],
  ])('%s', (sentence, surat) => {
    expect(places(sentence)).toContainEqual(surat);
  });
});
