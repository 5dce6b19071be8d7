import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { createNameRomaniser } from '../../../../src/core/facts/entities/name-romaniser.js';
import { romanise } from '../../../../src/core/facts/entities/romanise.js';
import type { EntityKind } from '../../../../src/core/types.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** The test gazetteer plus places the rules below need (a city that is also a surname, states, Nepal). */
const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'The Hague', hi: ['द हेग', 'हेग'], latin: [], short: [], type: 'city', country: 'Netherlands' },
    { en: 'London', hi: ['लंदन'], latin: [], short: [], type: 'capital', country: 'United Kingdom' },
    { en: 'Punjab, India', hi: ['पंजाब'], latin: [], short: [], type: 'state', country: 'India' },
    { en: 'Rajasthan', hi: ['राजस्थान'], latin: [], short: [], type: 'state', country: 'India' },
    { en: 'Raipur', hi: ['रायपुर'], latin: [], short: [], type: 'city', country: 'India' },
    { en: 'Lucknow', hi: ['लखनऊ'], latin: [], short: [], type: 'capital', country: 'India' },
    { en: 'Gautam Buddh Nagar district', hi: ['गौतमबुद्धनगर'], latin: [], short: [], type: 'district', country: 'India' },
    { en: 'Nawada district', hi: ['नवादा'], latin: [], short: [], type: 'district', country: 'India' },
    { en: 'Amarnath Temple', hi: ['अमरनाथ'], latin: [], short: [], type: 'temple', country: 'India' },
    { en: 'Ayodhya', hi: ['अयोध्या'], latin: [], short: [], type: 'city', country: 'India' },
    { en: 'Kumrali', hi: ['कुमराली'], latin: [], short: [], type: 'town', state: 'Rajasthan', country: 'India' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const found = (text: string): { en: string; kind: EntityKind; text: string; role?: string }[] =>
  mentionsOf(text, extract).map((m) => ({ en: m.en, kind: m.kind, text: m.text, ...(m.role ? { role: m.role } : {}) }));

describe("a place's own body (config/entities.yaml placeBodies)", () => {
  it.each([
    ['नेपाल पुलिस के एक बयान के अनुसार 49 लोग लापता हैं।', 'Nepal Police', 'नेपाल पुलिस'],
    ['नेपाली सेना के बयान के मुताबिक राहत जारी है।', 'Nepali Army', 'नेपाली सेना'],
    ['बिहार पुलिस ने दो लोगों को गिरफ्तार किया।', 'Bihar Police', 'बिहार पुलिस'],
    ['राजस्थान पुलिस ने जांच शुरू की।', 'Rajasthan Police', 'राजस्थान पुलिस'],
    ['पंजाब पुलिस ने नाका लगाया।', 'Punjab Police (India)', 'पंजाब पुलिस'],
    // a district's police is named after the district
    ['नवादा पुलिस ने दो लोगों को गिरफ्तार किया।', 'Nawada Police', 'नवादा पुलिस'],
    ['गौतमबुद्धनगर पुलिस ने जांच शुरू की।', 'Gautam Buddh Nagar Police', 'गौतमबुद्धनगर पुलिस'],
    // a town's police station's force, named after the town (its bare पुलिस is a station, no force)
    ['कुमराली थाना पुलिस ने दो लोगों को गिरफ्तार किया।', 'Kumrali Police', 'कुमराली थाना पुलिस'],
    ['कुमराली थाने की पुलिस ने जांच शुरू की।', 'Kumrali Police', 'कुमराली थाने की पुलिस'],
    ['बिहार हाईकोर्ट में सुनवाई हुई।', 'Patna High Court', 'बिहार हाईकोर्ट'],
    ['उत्तर प्रदेश उच्च न्यायालय ने आदेश दिया।', 'Allahabad High Court', 'उत्तर प्रदेश उच्च न्यायालय'],
    ['राजस्थान हाई कोर्ट ने याचिका खारिज की।', 'Rajasthan High Court', 'राजस्थान हाई कोर्ट'],
    ['पाकिस्तानी संसद में प्रस्ताव पारित हुआ।', 'Parliament of Pakistan', 'पाकिस्तानी संसद'],
    ['पंजाब कांग्रेस को 77 सीटें मिलीं।', 'Indian National Congress', 'पंजाब कांग्रेस'],
    ['राजस्थान विधानसभा में बजट पेश हुआ।', 'Rajasthan Legislative Assembly', 'राजस्थान विधानसभा'],
    ['रायपुर नगर निगम ने डेंगू के खिलाफ अभियान चलाया।', 'Raipur Municipal Corporation', 'रायपुर नगर निगम'],
    ['गौतमबुद्धनगर जिला अदालत ने फैसला सुनाया।', 'Gautam Buddh Nagar District Court', 'गौतमबुद्धनगर जिला अदालत'],
    // a district's civil court and district council
    ['रायपुर व्यवहार न्यायालय ने दो दोषियों को सजा सुनाई।', 'Raipur Civil Court', 'रायपुर व्यवहार न्यायालय'],
    ['गौतमबुद्धनगर जिला पंचायत की बैठक हुई।', 'Gautam Buddh Nagar Zila Panchayat', 'गौतमबुद्धनगर जिला पंचायत'],
    // a local body's head may stand first, joined to its town
    ['जिला पंचायत गौतमबुद्धनगर की बैठक हुई।', 'Gautam Buddh Nagar Zila Panchayat', 'जिला पंचायत गौतमबुद्धनगर'],
    ['नगर निगम रायपुर ने टैक्स बढ़ाया।', 'Raipur Municipal Corporation', 'नगर निगम रायपुर'],
    // a district's hospital (a state capital's too) and cooperative bank
    ['घायलों को लखनऊ जिला अस्पताल में भर्ती कराया गया।', 'District Hospital, Lucknow', 'लखनऊ जिला अस्पताल'],
    ['रायपुर जिला अस्पताल में घायलों को भर्ती कराया गया।', 'District Hospital, Raipur', 'रायपुर जिला अस्पताल'],
    ['रायपुर जिला सहकारी केंद्रीय बैंक ने ब्याज दर बढ़ाई।', 'Raipur District Cooperative Bank', 'रायपुर जिला सहकारी केंद्रीय बैंक'],
  ])('%s → %s', (sentence, en, text) => {
    expect(found(sentence)).toContainEqual(expect.objectContaining({ en, kind: 'organisation', text }));
  });

  it('keeps the place the body is named after', () => {
    expect(found('नेपाल पुलिस ने बताया।').map((m) => m.en)).toEqual(['Nepal', 'Nepal Police']);
  });
});

describe('a city inside a titled name is the surname (विलियम हेग)', () => {
  it.each([
    ['ब्रिटेन के विदेश मंत्री विलियम हेग ने कहा कि बातचीत होगी।', 'William Hague', 'विलियम हेग'],
    ['विदेश मंत्री विलियम हेग और उनके समकक्ष मिले।', 'William Hague', 'विलियम हेग'],
  ])('%s → %s', (sentence, en, text) => {
    const all = found(sentence);
    expect(all).toContainEqual(expect.objectContaining({ en, kind: 'person', text }));
    expect(all.some((m) => m.en === 'The Hague')).toBe(false);
  });
});

describe('a place that is also a given name, before a surname, begins a name (अमरनाथ यादव)', () => {
  it.each([
    ['उप निरीक्षक अमरनाथ यादव मौके पर पहुंचे।', 'Amarnath Yadav', 'अमरनाथ यादव', 'Amarnath Temple'],
    ['अयोध्या प्रसाद ने शिकायत दर्ज कराई।', 'Ayodhya Prasad', 'अयोध्या प्रसाद', 'Ayodhya'],
  ])('%s → %s', (sentence, en, text, place) => {
    const all = found(sentence);
    expect(all).toContainEqual(expect.objectContaining({ en, kind: 'person', text }));
    expect(all.some((m) => m.en === place)).toBe(false);
  });
});

describe('an honorific, even misspelt, is no part of a name', () => {
  it.each([
    // (no surname to close the name: reviewer)
    ['आदरणीय प्रभाष ने कहा था कि पत्रकारिता मिशन है।', 'प्रभाष'],
    ['आदरनीय प्रभाष ने कहा था कि पत्रकारिता मिशन है।', 'प्रभाष'],
  ])('%s', (sentence, text) => {
    expect(found(sentence).filter((m) => m.kind === 'person').map((m) => m.text)).toEqual([text]);
  });
});

describe('court reports: titles of the accused and the petitioner', () => {
  it.each([
    ['आरोपी राजेश मीणा को गिरफ्तार किया गया।', 'Rajesh Meena', 'राजेश मीणा', 'Accused'],
    ['याचिकाकर्ता अनुपम सिन्हा ने अदालत में अर्जी दी।', 'Anupam Sinha', 'अनुपम सिन्हा', 'Petitioner'],
    ['अधिवक्ता प्रशांत भूषण ने दलील दी।', 'Prashant Bhushan', 'प्रशांत भूषण', 'Lawyer'],
    // in a chain of titles the last is the head noun: a student leader is a leader, not a student
    ['छात्र नेता कन्हैया कुमार ने सभा को संबोधित किया।', 'Kanhaiya Kumar', 'कन्हैया कुमार', 'Leader'],
    ['थाना प्रभारी निरीक्षक राजेश सिंह ने बताया।', 'Rajesh Singh', 'राजेश सिंह', 'Inspector'],
    // the station officer's title written as one word (थानाधिकारी)
    ['थानाधिकारी मुकेश चौधरी ने बताया कि जांच जारी है।', 'Mukesh Chaudhary', 'मुकेश चौधरी', 'Station house officer'],
    // a one-word portfolio glued to मंत्री
    ['विधानसभा में वित्तमंत्री तरुण भनोट ने बजट पेश किया।', 'Tarun Bhanot', 'तरुण भनोट', 'Finance Minister'],
    // a trade's title printed व्यवसाई (for व्यवसायी) is no part of the name
    ['कपड़ा व्यवसाई सुरेश गुप्ता ने बताया।', 'Suresh Gupta', 'सुरेश गुप्ता', 'Businessman'],
  ])('%s → %s', (sentence, en, text, role) => {
    expect(found(sentence)).toContainEqual({ en, kind: 'person', text, role });
  });
});

describe('romanisation of unknown names: general rules', () => {
  it.each([
    ['पाकुड़', 'Pakur'],
    ['चोपड़ा', 'Chopra'],
    ['गढ़वा', 'Garhwa'],
    ['चंद्रचूड़', 'Chandrachud'],
    ['हर्षवर्धन', 'Harshvardhan'],
    ['धर्मपाल', 'Dharmpal'],
    ['निर्मला', 'Nirmala'],
    ['सूर्यकुमार', 'Suryakumar'],
    ['शरद पवार', 'Sharad Pawar'],
    ['सतीश धवन', 'Satish Dhawan'],
    ['रावत', 'Rawat'],
    ['गावस्कर', 'Gavaskar'],
    // व after a consonant whose vowel went is w too (Bhagwan, Jaswant, Narwal); -वाल after ी; not before ण or an i-vowel
    ['भगवानदास', 'Bhagwandas'],
    ['जसवंत', 'Jaswant'],
    ['कमल नरवाल', 'Kamal Narwal'],
    ['बेनीवाल', 'Beniwal'],
    ['श्रवण', 'Shravan'],
    ['रणवीर', 'Ranvir'],
    ['अरविंद', 'Arvind'],
    ['शिवानी', 'Shivani'],
    ['यादव', 'Yadav'],
    ['देवेंद्र', 'Devendra'],
    ['अकबरूद्दीन', 'Akbaruddin'],
    ['नसीरुद्दीन', 'Nasiruddin'],
    ['ओसबोर्न', 'Osborn'],
    ['कृष्ण', 'Krishna'],
    // the name suffix -वती keeps its vowel; a final ती after another consonant does not (Malti, Gomti)
    ['विद्यावती', 'Vidyawati'],
    ['रेवती', 'Revati'],
    ['मालती', 'Malti'],
    // a final ड़ after औ is r (after ा, ू, ी it is d: Gaikwad, Chandrachud)
    ['गौड़', 'Gaur'],
  ])('%s → %s', (hindi, english) => {
    expect(romanise(hindi)).toBe(english);
  });

  it('uses config respellings for English names (ओसबोर्न → Osborne, सैयद → Syed)', () => {
    const name = createNameRomaniser(realEntitiesData().respellings);
    expect(name('जॉर्ज ओसबोर्न')).toBe('George Osborne');
    expect(name('सैयद अकबरूद्दीन')).toBe('Syed Akbaruddin');
  });

  it.each([
    ['टॉम क्रेग', 'Tom Craig'],
    ['केन रसेल', 'Ken Russell'],
    ['इगोर एंगुलो', 'Igor Angulo'],
    ['सदीरा समरविक्रमा', 'Sadeera Samarawickrama'],
    ['शुभमन गिल', 'Shubman Gill'],
    ['सुधीर वर्मा', 'Sudhir Verma'],
    ['वसंतराव चव्हाण', 'Vasantrao Chavan'],
    ['कार्लोस अल्कराज़', 'Carlos Alcaraz'],
    ['मनप्रीत सिंह', 'Manpreet Singh'],
    ['मनप्रीत सिह', 'Manpreet Singh'],
    ['कैलाश मेघवाल', 'Kailash Meghwal'],
    ['जीशान सिद्दीकी', 'Zeeshan Siddiqui'],
    ['ज़ीशान सिद्दीक़ी', 'Zeeshan Siddiqui'],
    ['अनुरा कुमारा दिसानायके', 'Anura Kumara Dissanayake'],
  ])('config respellings: %s → %s (spelling variants fold to one key; a word left out keeps the rules)', (hindi, english) => {
    expect(createNameRomaniser(realEntitiesData().respellings)(hindi)).toBe(english);
  });
});

describe('a name word after a title, then a name guessed from a known short form, is one person', () => {
  const withShort: Gazetteer = { ...GAZETTEER, people: [...GAZETTEER.people, { en: 'Vijay Rupani', hi: ['विजय रूपाणी'], latin: [], short: ['विजय'], country: 'India' }] };
  const find = createEntityExtractor(withShort, realEntitiesData(), realCommonWords());
  it('अध्यक्ष कुमार विजय सिंह ने → Kumar Vijay Singh, Chairperson', () => {
    const people = mentionsOf('संघ के अध्यक्ष कुमार विजय सिंह ने खिलाड़ियों को सम्मानित किया।', find).filter((m) => m.kind === 'person');
    expect(people.map((m) => [m.en, m.text, m.role])).toEqual([['Kumar Vijay Singh', 'कुमार विजय सिंह', 'Chairperson']]);
  });
});
