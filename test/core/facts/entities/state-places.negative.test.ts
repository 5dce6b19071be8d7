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

describe('no state, no choice', () => {
  it('an article of two states leaves the short form unresolved', () => {
    expect(places('पुणे और बक्सर के बाद औरंगाबाद में भी बारिश हुई।').filter((en) => /Aurangabad|Sambhajinagar/u.test(en))).toEqual([]);
  });

  it('the other state\'s place of that name is never chosen', () => {
    expect(places('अरवल और बक्सर के बाद पटना में बारिश हुई, औरंगाबाद का हाल जानिए।').filter((en) => /Sambhajinagar/u.test(en))).toEqual([]);
  });
});
