import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'The Hague', hi: ['द हेग', 'हेग'], latin: [], short: [], type: 'city', country: 'Netherlands' },
    { en: 'Delhi', hi: ['दिल्ली'], latin: [], short: [], type: 'union territory', country: 'India' },
    { en: 'Lucknow', hi: ['लखनऊ'], latin: [], short: [], type: 'capital', country: 'India' },
    { en: 'Amarnath Temple', hi: ['अमरनाथ'], latin: [], short: [], type: 'temple', country: 'India' },
    { en: 'Ayodhya', hi: ['अयोध्या'], latin: [], short: [], type: 'city', country: 'India' },
    { en: 'Yamuna', hi: ['यमुना'], latin: [], short: [], type: 'river', country: 'India' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const ens = (text: string): string[] => mentionsOf(text, extract).map((m) => m.en);

describe('no body for a place without a known one', () => {
  it.each([
    // a country whose police has no configured name: no invented "X Police"
    ['जापान पुलिस ने जांच की।', /Police/],
    // a city's High Court is not a thing: only states take the template
    ['लखनऊ हाईकोर्ट बेंच ने कहा।', /Lucknow High Court/],
    // the head must follow the place directly
    ['बिहार में पुलिस ने छापा मारा।', /Bihar Police/],
    ['बिहार की पुलिस व्यवस्था', /Bihar Police/],
    // a police station or police lines of a district is not its police force
    ['लखनऊ पुलिस स्टेशन के पास हादसा हुआ।', /Police/],
    ['लखनऊ पुलिस लाइन में परेड हुई।', /Police/],
    // a state before a station's police is no station's name
    ['राजस्थान थाना पुलिस ने गश्त की।', /Police/],
    // a state's constituency or election is not its assembly
    ['राजस्थान विधानसभा चुनाव में मतदान हुआ।', /Legislative Assembly/],
    ['राजस्थान विधानसभा क्षेत्र में मतदान हुआ।', /Legislative Assembly/],
    // a state has no municipal corporation or district court of its own name
    ['राजस्थान नगर निगम कर्मचारी संघ ने हड़ताल की।', /Municipal Corporation/],
    ['राजस्थान जिला अदालतों में सुनवाई टली।', /District Court/],
    // a court's head before a place is no court of that place (only local bodies stand first); nor a body across ने
    ['जिला अदालत रायपुर पहुंचे आरोपी।', /District Court/],
    ['नगर निगम ने रायपुर में सफाई कराई।', /Municipal Corporation/],
  ])('%s', (sentence, wrong) => {
    expect(ens(sentence).filter((e) => wrong.test(e))).toEqual([]);
  });
});

describe('a place stays a place where a person reading is not supported', () => {
  it.each([
    // a locative after the city: a place
    ['विदेश मंत्री विलियम हेग में रुके।', 'The Hague'],
    // a state or union territory is never a surname
    ['मंत्री राजनाथ दिल्ली के दौरे पर हैं।', 'Delhi'],
    // no title or name before it
    ['हेग ने अंतरराष्ट्रीय अदालत की मेजबानी की।', 'The Hague'],
    // a place that is also a given name, with no surname after it (अमरनाथ यादव would be a person)
    ['अमरनाथ यात्रा के लिए पंजीकरण शुरू हुआ।', 'Amarnath Temple'],
    ['अयोध्या में राम मंदिर का उद्घाटन हुआ।', 'Ayodhya'],
    // a river before लाल निशान (the red danger mark) is no Yamuna Lal (reviewer)
    ['दिल्ली में यमुना लाल निशान से ऊपर बह रही है।', 'Yamuna'],
    ['श्रद्धालु अमरनाथ गुफा तक पहुंचे।', 'Amarnath Temple'],
  ])('%s keeps %s', (sentence, place) => {
    expect(ens(sentence)).toContain(place);
  });
});

describe('court titles need a name after them', () => {
  it.each(['आरोपी युवक फरार है।', 'आरोपी के खिलाफ मामला दर्ज किया गया।', 'याचिकाकर्ता की ओर से दलील दी गई।', 'आरोपी पुलिस हिरासत में है।'])('%s', (sentence) => {
    expect(mentionsOf(sentence, extract).filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('an everyday word after a middle name stays out of the name unless a case marker follows', () => {
  it.each([
    ['आरोपी मनोज कुमार घायल हो गया।', 'Manoj Kumar Ghayal'],
    ['आरोपी मनोज कुमार फरार है।', 'Manoj Kumar Farar'],
  ])('%s', (sentence, wrong) => {
    expect(ens(sentence)).not.toContain(wrong);
  });
});
