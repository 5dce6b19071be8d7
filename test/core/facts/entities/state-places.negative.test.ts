import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const places = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => m.en);

describe('no state, no choice', () => {
  it('an article of two states leaves the short form unresolved', () => {
    expect(places('पुणे और बक्सर के बाद औरंगाबाद में भी बारिश हुई।').filter((en) => /Aurangabad|Sambhajinagar/u.test(en))).toEqual([]);
  });

  it('a full form is never given to a namesake of a state the article does not name alone', () => {
    expect(places('महाराष्ट्र और छत्तीसगढ़ में बारिश हुई, रायगढ़ में हादसा हुआ।')).not.toContain('Raigad');
  });

  it('the other state\'s place of that name is never chosen', () => {
    expect(places('अरवल और बक्सर के बाद पटना में बारिश हुई, औरंगाबाद का हाल जानिए।').filter((en) => /Sambhajinagar/u.test(en))).toEqual([]);
  });
});
