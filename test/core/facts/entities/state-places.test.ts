import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const places = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => m.en);

describe('a short form two states share is the place in the article\'s state', () => {
  it.each([
    ['a list of Bihar districts', 'अरवल, औरंगाबाद, बक्सर में भारी बारिश की चेतावनी है।', 'Aurangabad district, Bihar'],
    ['a Maharashtra story', 'पुणे के बाद औरंगाबाद में भी बारिश हुई।', 'Chhatrapati Sambhajinagar'],
  ])('%s', (_name, text, en) => {
    expect(places(text)).toContain(en);
  });

  it.each([
    ['the state named right before the name', 'महाराष्ट्र के रायगढ़ में भूस्खलन हुआ।', 'Raigad'],
    ['the state before a list of its places the name closes', 'महाराष्ट्र के पुणे और रायगढ़ जिलों में भारी बारिश हुई।', 'Raigad'],
    ['the state in brackets right after the name', 'रायगढ़ (महाराष्ट्र) में भूस्खलन से 5 लोगों की मौत हो गई।', 'Raigad'],
    ['the state as a headline\'s kicker before the name', 'महाराष्ट्र: रायगढ़ में भूस्खलन से 5 लोगों की मौत।', 'Raigad'],
    ['…and then every mention of the name', 'महाराष्ट्र के रायगढ़ में भूस्खलन हुआ। राज्य के रायगढ़ जिले में 36 लोगों की मौत हुई।', 'Raigad'],
    ['a dateline-less story of the full form\'s own state keeps it', 'छत्तीसगढ़ के रायगढ़ जिले में हादसा हुआ।', 'Raigarh'],
    ['no state: the full form stands', 'रायगढ़ में हादसा हुआ।', 'Raigarh'],
  ])('a full form another state\'s place shares as a short form: %s', (_name, text, en) => {
    expect([...new Set(places(text).filter((p) => /^Raiga/u.test(p)))]).toEqual([en]);
  });

});
