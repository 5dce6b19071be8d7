import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const places = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => m.en);

describe('no state, no choice', () => {
  it('an article of two states leaves the short form unresolved', () => {
    expect(places('पुणे और बक्सर के बाद औरंगाबाद में भी बारिश हुई।').filter((en) => /Aurangabad|Sambhajinagar/u.test(en))).toEqual([]);
  });

  it.each([
    ['two states named', 'महाराष्ट्र और छत्तीसगढ़ में बारिश हुई, रायगढ़ में हादसा हुआ।'],
    // a hometown is no evidence of where the event was (reviewer)
    ['a hometown in the other state', 'पुणे के रहने वाले जवान की रायगढ़ में मौत हो गई।'],
    ['a city of the other state on the way', 'पुणे से रायगढ़ जा रही बस पलट गई।'],
    // the state named, but not as the place's: another state's chief minister
    ['the other state named apart', 'महाराष्ट्र के मुख्यमंत्री ने रायगढ़ में हुए हादसे पर दुख जताया।'],
    // a list with a place of another state in it is no list of the state's places
    ['a list with a place of another state', 'महाराष्ट्र के पुणे, बक्सर और रायगढ़ में बारिश हुई।'],
  ])('a full form keeps its own place without strong evidence: %s', (_name, text) => {
    expect(places(text)).not.toContain('Raigad');
  });

  it('the other state\'s place of that name is never chosen', () => {
    expect(places('अरवल और बक्सर के बाद पटना में बारिश हुई, औरंगाबाद का हाल जानिए।').filter((en) => /Sambhajinagar/u.test(en))).toEqual([]);
  });
});
