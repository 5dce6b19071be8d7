import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Sentence } from '../../../../src/core/types.js';
import { realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const sentences = (...texts: string[]): Sentence[] => texts.map((text, index) => ({ index, text, paragraph: 0 }));
const organisations = (list: Sentence[]): string[] => extract(list).filter((m) => m.kind === 'organisation').map((m) => m.en);

describe('no state court where the article has no one state', () => {
  it.each([
    ['no place at all', sentences('हाईकोर्ट ने याचिका खारिज कर दी।')],
    ['places of two states', sentences('नैनीताल और प्रयागराज में प्रदर्शन हुए।', 'हाईकोर्ट ने याचिका खारिज कर दी।')],
    ['places of two states, no dateline', sentences('हल्द्वानी के व्यापारी ने याचिका दायर की।', 'हाई कोर्ट ने सुनवाई टाल दी।', 'आरोपी प्रयागराज का है।')],
    ['a foreign place only', sentences('मॉस्को में हाईकोर्ट ने याचिका खारिज कर दी।')],
  ])('%s', (_name, list) => {
    expect(organisations(list).filter((en) => /High Court/u.test(en))).toEqual([]);
  });

  it('a bare State Election Commission with no one state stays the generic body', () => {
    const gazetteer = { ...STATE_GAZETTEER, organisations: [...STATE_GAZETTEER.organisations, { en: 'State Election Commission (India)', hi: ['राज्य निर्वाचन आयोग'], latin: [], short: [], type: 'body', country: 'India' }] };
    const withBody = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
    const ens = withBody(sentences('नैनीताल और प्रयागराज में प्रदर्शन हुए।', 'राज्य निर्वाचन आयोग ने अधिसूचना जारी की।')).filter((m) => m.kind === 'organisation').map((m) => m.en);
    expect(ens).toEqual(['State Election Commission (India)']);
  });

  it('a court named with its state is not named twice', () => {
    expect(organisations(sentences('नैनीताल में उत्तर प्रदेश हाईकोर्ट का जिक्र हुआ।'))).toEqual(['Allahabad High Court']);
  });
});
