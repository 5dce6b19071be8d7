import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const sentences = (...texts: string[]): Sentence[] => texts.map((text, index) => ({ index, text, paragraph: 0 }));
const datelined = (dateline: string, ...texts: string[]): Sentence[] => [{ index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE }, ...sentences(...texts)];
const organisations = (list: Sentence[]): string[] => extract(list).filter((m) => m.kind === 'organisation').map((m) => m.en);

describe('no state court where the article has no one state', () => {
  it.each([
    ['no place at all', sentences('हाईकोर्ट ने याचिका खारिज कर दी।')],
    ['places of two states', sentences('नैनीताल और प्रयागराज में प्रदर्शन हुए।', 'हाईकोर्ट ने याचिका खारिज कर दी।')],
    ['places of two states, no dateline', sentences('हल्द्वानी के व्यापारी ने याचिका दायर की।', 'हाई कोर्ट ने सुनवाई टाल दी।', 'आरोपी प्रयागराज का है।')],
    // no dateline: the one state of the article's places, named in other sentences, is no evidence of the court
    ['places of one state, no dateline, none in the court\'s sentence', sentences('हल्द्वानी के व्यापारी ने याचिका दायर की।', 'हाई कोर्ट ने सुनवाई टाल दी।', 'मामला उत्तराखंड का है।')],
    ['a foreign place only', sentences('मॉस्को में हाईकोर्ट ने याचिका खारिज कर दी।')],
    // a number or a determiner before the court word: courts at large, not the state's
    ['a number before the court word', sentences('देश के 25 हाईकोर्ट में 60 लाख से ज्यादा मामले लंबित हैं।', 'सबसे ज्यादा मामले उत्तर प्रदेश में हैं।')],
    ['a number before the court word, with a dateline', datelined('प्रयागराज।', 'देश के 25 हाईकोर्ट में 60 लाख से ज्यादा मामले लंबित हैं।')],
    ['a determiner before the court word, with a dateline', datelined('नैनीताल।', 'सभी हाईकोर्ट को नियम भेजे गए।')],
    // a sentence that names the Supreme Court speaks of High Courts at large
    ['the Supreme Court in the sentence', sentences('गुजरात के एक व्यापारी की याचिका पर सुप्रीम कोर्ट ने कहा कि हाईकोर्ट को जल्द फैसला करना चाहिए।')],
    ['the Supreme Court in the sentence, with a dateline', datelined('नैनीताल।', 'सुप्रीम कोर्ट ने कहा कि हाईकोर्ट को जल्द फैसला करना चाहिए।')],
    // another state named before the court's sentence in dateline copy (agency copy datelined Delhi about Karnataka: reviewer)
    ['another state named before, with a dateline', datelined('नैनीताल।', 'महाराष्ट्र के पूर्व मुख्यमंत्री को बड़ी राहत मिली है।', 'हाईकोर्ट ने उनकी गिरफ्तारी पर रोक लगा दी है।')],
    // a body named by its place is of that place's state: Delhi Police and Patna are two states
    ['a place and another state\'s police in the sentence', sentences('पटना के आरोपी को दिल्ली पुलिस ने गिरफ्तार किया था, अब हाईकोर्ट ने उसे जमानत दी।')],
  ])('%s', (_name, list) => {
    expect(organisations(list).filter((en) => /High Court/u.test(en))).toEqual([]);
  });

  // a level named after the assembly (was the Chhattisgarh Legislative Assembly for a constituency-level contest)
  it('a contest at the assembly level names no assembly', () => {
    expect(organisations(datelined('नैनीताल।', 'मिनी स्टेडियम में विधानसभा स्तरीय खो-खो प्रतियोगिता शुरू हुई।'))).toEqual([]);
  });

  it('a place right after विधानसभा names a constituency, not the state\'s assembly (विधानसभा हल्द्वानी: the Haldwani seat)', () => {
    expect(organisations(datelined('नैनीताल।', 'विधानसभा हल्द्वानी के पूर्व विधायक का निधन हो गया।'))).toEqual([]);
    expect(organisations(datelined('नैनीताल।', 'विधानसभा-हल्द्वानी क्षेत्र में शोक है।'))).toEqual([]);
  });

  it('a bare State Election Commission with no one state stays the generic body', () => {
    const gazetteer = { ...STATE_GAZETTEER, organisations: [...STATE_GAZETTEER.organisations, { en: 'State Election Commission (India)', hi: ['राज्य निर्वाचन आयोग'], latin: [], short: [], type: 'body', country: 'India' }] };
    const withBody = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
    const ens = withBody(sentences('नैनीताल और प्रयागराज में प्रदर्शन हुए।', 'राज्य निर्वाचन आयोग ने अधिसूचना जारी की।')).filter((m) => m.kind === 'organisation').map((m) => m.en);
    expect(ens).toEqual(['State Election Commission (India)']);
  });

  it('a State Election Commission of all states is of no state: the generic body', () => {
    const gazetteer = { ...STATE_GAZETTEER, organisations: [...STATE_GAZETTEER.organisations, { en: 'State Election Commission (India)', hi: ['राज्य निर्वाचन आयोग'], latin: [], short: [], type: 'body', country: 'India' }] };
    const withBody = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
    const ens = (list: Sentence[]): string[] => withBody(list).filter((m) => m.kind === 'organisation').map((m) => m.en);
    expect(ens(sentences('देश के सभी राज्य निर्वाचन आयोग को निर्देश दिए गए, बैठक लखनऊ में हुई।'))).toEqual(['State Election Commission (India)']);
    expect(ens(datelined('लखनऊ।', 'देश के सभी राज्य निर्वाचन आयोग को निर्देश दिए गए।'))).toEqual(['State Election Commission (India)']);
  });

  it('a sentence naming another state than the dateline\'s: unsure, no state body', () => {
    const gazetteer = { ...STATE_GAZETTEER, organisations: [...STATE_GAZETTEER.organisations, { en: 'State Election Commission (India)', hi: ['राज्य निर्वाचन आयोग'], latin: [], short: [], type: 'body', country: 'India' }] };
    const withBody = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
    const ens = (list: Sentence[]): string[] => withBody(list).filter((m) => m.kind === 'organisation').map((m) => m.en);
    // a Delhi dateline on a Maharashtra poll: not the Delhi commission (the generic body stays)
    expect(ens(datelined('नई दिल्ली, 18 जून (भाषा)', 'महाराष्ट्र में स्थानीय निकाय चुनाव के लिए राज्य निर्वाचन आयोग ने अधिसूचना जारी की।'))).toEqual(['State Election Commission (India)']);
    // a Nainital dateline, a Bihar accused in the court's sentence: the court may be either state's
    expect(ens(datelined('नैनीताल।', 'हाईकोर्ट ने बिहार के आरोपी को राहत दी।')).filter((en) => /High Court/u.test(en))).toEqual([]);
  });

  it('a court named with its state is not named twice', () => {
    expect(organisations(sentences('नैनीताल में उत्तर प्रदेश हाईकोर्ट का जिक्र हुआ।'))).toEqual(['Allahabad High Court']);
  });
});
