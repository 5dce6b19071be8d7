import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** A short form two states share (औरंगाबाद), and towns of each state. */
const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'Arwal', hi: ['अरवल'], latin: [], short: [], type: 'district', country: 'India', state: 'Bihar' },
    { en: 'Buxar', hi: ['बक्सर'], latin: [], short: [], type: 'city', country: 'India', state: 'Bihar' },
    { en: 'Aurangabad district, Bihar', hi: ['औरंगाबाद जिला'], latin: [], short: ['औरंगाबाद'], type: 'district', country: 'India', state: 'Bihar' },
    { en: 'Chhatrapati Sambhajinagar', hi: ['छत्रपति संभाजीनगर'], latin: [], short: ['औरंगाबाद'], type: 'city', country: 'India', state: 'Maharashtra' },
    { en: 'Pune', hi: ['पुणे'], latin: [], short: [], type: 'city', country: 'India', state: 'Maharashtra' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const places = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => m.en);

describe('a short form two states share is the place in the article\'s state', () => {
  it.each([
    ['a list of Bihar districts', 'अरवल, औरंगाबाद, बक्सर में भारी बारिश की चेतावनी है।', 'Aurangabad district, Bihar'],
    ['a Maharashtra story', 'पुणे के बाद औरंगाबाद में भी बारिश हुई।', 'Chhatrapati Sambhajinagar'],
  ])('%s', (_name, text, en) => {
    expect(places(text)).toContain(en);
  });

});
