import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { gazetteerSurnames } from '../../../../src/core/facts/entities/name-romaniser.js';
import { mentionsOf, realCommonWords, realEntitiesData, realExtractor, TEST_GAZETTEER } from './fixtures.js';

const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  // (आदि is a word of a known name too, so no common-word trim drops it from a guess)
  people: [...TEST_GAZETTEER.people, { en: 'Dilip Kumar', hi: ['दिलीप कुमार'], latin: [], short: [], country: 'India' }, { en: 'Adi Godrej', hi: ['आदि गोदरेज'], latin: [], short: [], country: 'India' }],
  places: [...TEST_GAZETTEER.places, { en: 'The Hague', hi: ['द हेग', 'हेग'], latin: [], short: [], type: 'city', country: 'Netherlands' }],

};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.text);

describe('an adjective before a kinship word is no name, unless a listed name or a residence makes it a record (reviewer)', () => {
  it.each([
    ['पूर्व विधायक के दत्तक पुत्र राहुल ने नामांकन किया।', 'दत्तक'],
    ['मृतक की बेवा पत्नी सुनीता ने मुआवजे की मांग की।', 'बेवा'],
    ['गांव में होनहार पुत्री अंजलि का स्वागत हुआ।', 'होनहार'],
    ['मृतक की धर्म पत्नी सुनीता ने तहरीर दी।', 'धर्म'],
    ['शहीद हुए वीर पुत्र अमित को गांव ने विदाई दी।', 'वीर'],
    ['भगवान शिव पुत्र गणेश की पूजा की गई।', 'शिव'],
  ])('%s', (sentence, word) => {
    expect(mentionsOf(sentence, extract).filter((m) => m.kind === 'person' && m.text.includes(word))).toEqual([]);
  });
});

describe('after a name and निवासी, the words before ने are where the person lives, not another person', () => {
  it.each([
    ['रमेश कुमार निवासी भदौरा खेड़ा ने बताया कि चोरी हुई।', 'भदौरा'],
  ])('%s', (sentence, word) => {
    expect(people(sentence).filter((p) => p.includes(word))).toEqual([]);
  });
});

describe('a name before an age bracket is whole or not at all', () => {
  it('an everyday last word (an occupational surname) is not trimmed off: no "Shiv Prasad" for Shiv Prasad Swarnkar', () => {
    expect(people('लोकतंत्र सेनानी शिव प्रसाद स्वर्णकार (81 वर्ष) का निधन सोमवार को हो गया।')).not.toContain('शिव प्रसाद');
  });
});

describe('a word for a village before a name takes no given name off it (review)', () => {
  it.each([
    ['a listed given name after गांव', 'वह अपने गांव हरीश तिवारी के साथ गया था।', 'तिवारी'],
  ])('%s', (_name, sentence, bare) => {
    expect(people(sentence)).not.toContain(bare);
  });
});

describe('words read as names on new pages that name no one', () => {
  it.each([
    // टीम (team) folds like the respelt टिम: alone after a title it is the team
    ['इस मैच में पुलिस अधीक्षक टीम के बल्लेबाज रोहित वर्मा ने अच्छी बल्लेबाजी की।', 'टीम'],
    // an epithet after संत, a restructured scheme
    ['नगर में संत शिरोमणि गुरु रविदास जयंती धूमधाम से मनाई गई।', 'शिरोमणि'],
    ['किसान पुनर्गठित मौसम आधारित फसल बीमा योजना में पंजीयन कराएं।', 'पुनर्गठित'],
    // an acronym or an unlisted word between two people (a union, a cooperative) is no third person (reviewer)
    ['मंच पर राकेश टिकैत, भाकियू और नरेश टिकैत के समर्थक मौजूद थे।', 'भाकियू'],
    ['बैठक में सुरेश शर्मा, इफको और मोहन लाल मौजूद रहे।', 'इफको'],
    // में typed without its nasal is no first name (was "Me Thapa")
    ['सेमीफाइनल मे थापा को हराकर राजू आगे बढ़े।', 'मे'],
    // …nor एवं typed so (was "Evam" after a title)
    ['डीएसपी एवम थानेदार के आदेश पर कार्रवाई हुई।', 'एवम'],
    // … nor two such words (a union's faction)
    ['बैठक में सुरेश शर्मा, भाकियू भानु और मोहन लाल मौजूद रहे।', 'भाकियू'],
    // जेठ is a month too: जेठ पूर्णिमा names no one (reviewer)
    ['जेठ पूर्णिमा के दिन श्रद्धालुओं ने गंगा स्नान किया।', 'पूर्णिमा'],
    // a university in its short form
    ['रानी अवंतीबाई विवि के दीक्षांत समारोह में राज्यपाल पहुंचे।', 'अवंतीबाई'],
  ])('%s', (sentence, word) => {
    expect(people(sentence).filter((p) => p.includes(word))).toEqual([]);
  });
});

describe('untitled-name cues that name no one', () => {
  it.each([
    // sides of a match before a score cue
    ['मेजबान टीम ने 250 रन बनाए।', []],
    // a place of worship's committee is no one
    ['पटना साहिब गुरुद्वारा प्रबंधक कमेटी ने बयान दिया।', []],
    // a surname in the middle needs a name word first and a last word where the name ends
    ['दिल्ली के लाल किले से प्रधानमंत्री ने भाषण दिया।', []],
    ['उन्होंने कहा कि सिंह साहब अब नहीं आएंगे।', []],
    ['मेहमान टीम के 3 विकेट जल्दी गिर गए।', []],
    // one word before a speaker's cue is weak: dropped unless the article names the person in full
    ['तिलक ने कहा कि पिच धीमी थी।', []],
    // mother after a kinship word is no name (reviewer: दादी मां gave the person "Man")
    ['चाची मां ने बताया कि बच्चा सुबह से लापता है।', []],
    // a friend of a country is no friend's name (मित्र देश: a friendly country)
    ['मित्र देश की सरकार ने मदद भेजी।', []],
    // an everyday word before a cue with a figure is no doer (टीम folds like the name टिम)
    ['टीम ने 3 गोल किए।', []],
    ['मेजबान ने 20वें मिनट में गोल किया।', []],
    ['टीम ने बढ़त बना ली।', []],
    // a given name that is also an everyday word, coordinated with a person, stays a word
    ['मंत्री राम प्रसाद और विकास के मुद्दे पर बात हुई।', ['राम प्रसाद']],
    ['अमित शाह और पूजा में शामिल हुए।', ['अमित शाह']],
    ['पुलिस ने 5 किग्रा गांजा बरामद किया।', []],
    // a weight is a seizure's, not a doer's deed: a squad's acronym is no person
    ['एसओजी ने 2 किलोग्राम अफीम बरामद की।', []],
    // a surname after a number word, a pronoun or a common noun names no one
    ['इस इलाके में हजारों यादव और कुर्मी मतदाता हैं।', []],
    ['इसके बाद सिंह ने कहा कि सब ठीक है।', []],
    ['गांव के लोग पटेल की दुकान पर जमा हुए।', []],
    // a common word before a surname that is also a word (लाल = red) names no one
    ['शाम को आसमान लाल और नीला दिखा।', []],
    // an everyday word (an adverb, a noun) before a surname and ने is no given name: only a listed one is
    ['इधर यादव ने सरकार को घेरा।', []],
    ['आखिरकार यादव ने चुप्पी तोड़ी।', []],
    ['फिलहाल तिवारी ने कुछ नहीं कहा।', []],
    ['दरअसल पाठक ने पहले ही इस्तीफा दे दिया था।', []],
    ['पूजा में भगवान विश्वकर्मा ने सबको आशीर्वाद दिया।', []],
    // a known name ending in a middle name, then an everyday word, stays that person
    ['दिलीप कुमार फिल्म में नजर आए।', ['दिलीप कुमार']],
    // a common word after a surname is no part of the name
    ['सुनवाई के बाद राकेश कुमार सरकार को पत्र लिखेंगे।', ['राकेश कुमार']],
    // kinship nouns with no name after them
    ['उनकी पत्नी और बच्चे घर पर थे।', []],
    ['पिता ने बताया कि बेटी खुश है।', []],
    // a conjunction after a known person followed by common words or a group
    ['नरेंद्र मोदी और कई अन्य नेता मौजूद थे।', ['नरेंद्र मोदी']],
    ['नरेंद्र मोदी और बड़ी संख्या में लोग पहुंचे।', ['नरेंद्र मोदी']],
    // a coordinated run that does not look like a name (no given name, no surname)
    ['नरेंद्र मोदी और अफसर मंडली पहुंची।', ['नरेंद्र मोदी']],
    // a bracketed number outside a cricket sentence, or after one word, is no scorecard
    ['भारतीय दंड संहिता धारा (302) के तहत केस दर्ज हुआ।', []],
    ['परेरा (122) ने शतकीय पारी खेली।', []],
    // one unknown word before an age is no name unless it is a given name; no age above 110
    ['रामपुर (12) और सीतापुर (9) में मामले मिले।', []],
    ['कुल मामले (302) दर्ज हुए।', []],
    // a bracketed ordinal outside a goal report is no scorer's minute
    ['राष्ट्रीय राजमार्ग (21वें) पर जाम लगा।', []],
    // one everyday word before a minute in a goal report is no scorer (टीम folds like the name टिम), nor a bracket of words
    ['टीम (12वें) ने गोल किया।', []],
    ['मुकाबले के बाद सुंदरपंडी (50वें स्थान पर) ने गोल किया।', []],
    // (reviewer) an ordinal before स्थान is a rank, no minute; one unknown word before a lone minute is no scorer
    ['लीग में दो गोल के अंतर से जीत के बाद मोहम्मडन (5वें) और ईस्टबंगाल (7वें) स्थान पर हैं।', []],
    ['अंतिम क्षणों में ओलंपियन (58वें मिनट) ने गोल किया।', []],
    // (a table of ranks: only the last bracket stands right before स्थान, second reviewer)
    ['गोल अंतर के आधार पर ब्लास्टर्स (5वें), मरीनर्स (7वें) और स्पोर्टिंग (9वें) स्थान पर हैं।', []],
    // a role before everyday words names no one; a name cut short by an everyday word is dropped
    ['किसान कल्याण संगठन ने प्रदर्शन की चेतावनी दी।', []],
    ['छात्र संघ चुनाव में मतदान हुआ।', []],
    ['इंस्पेक्टर क्राइम ने जांच की।', []],
    // a name end that is a word (रानी = queen) makes no name after a given name alone
    ['कहानी में राजा रानी का जिक्र है।', []],
    // a count of minutes (not a goal's ordinal minute) marks no one
    ['गोताखोर टीम ने 40 मिनट में शव निकाला।', []],
    ['मुंबई के लिए सेवियर गामा ने 59वें मिनट में गोल किया।', []],
    ['मुख्य सचिव वीडियो कॉन्फ्रेंसिंग के माध्यम से उपस्थित थे।', []],
    // a word after a surname ends the name unless a case marker follows it; a goal before a first name is no name word
    ['सब इंस्पेक्टर सुरेंद्र प्रताप सिंह हमराही पुलिस बल के साथ पहुंचे।', ['सुरेंद्र प्रताप सिंह']],
    ['टीम के अन्य गोल मनप्रीत सिंह ने 24वें मिनट में किए।', ['मनप्रीत सिंह']],
    // a goal owned by a side, a match or a half names no one
    ['मेजबान टीम के गोल से मुकाबला बराबर हुआ।', []],
    ['पहले हाफ के गोल के बाद खेल धीमा हुआ।', []],
    ['मुंबई के 2 गोल से मैच पलटा।', []],
    // an offering (प्रसाद) or an everyday word ending like a middle name is no person before की (reviewer)
    ['छठ घाट पर ठेकुआ प्रसाद की मांग बढ़ी।', []],
    ['भंडारे में पंजीरी प्रसाद की व्यवस्था की गई।', []],
    // a place's name before भी is no person (लक्ष्मण is a given name)
    ['ऋषिकेश में लक्ष्मण झूला भी बंद कर दिया गया।', []],
    // an award named after a person before a postposition is the award (अर्जुन is a given name)
    ['उन्हें अर्जुन पुरस्कार से सम्मानित किया गया।', []],
    ['उन्हें अर्जुन पुरस्कार भी मिला।', []],
    // a kinship word names no one after an everyday word, or before a postposition instead of a name
    ['हादसे में किसान पुत्र की मौत हो गई।', []],
    ['इकलौता पुत्र घर पर था।', []],
    // the late (स्वर्गीय) before a kinship noun names no one
    ['कार्यक्रम में स्वर्गीय माता जी को श्रद्धांजलि दी गई।', []],
    ['श्रद्धांजलि सभा में स्वर्गीय दादा जी को याद किया गया।', []],
    ['शिकायत में दिवंगत पत्नी की याद का जिक्र है।', []],
    ['उसने अपनी पत्नी को पीटा।', []],
    // set pieces are no scorers
    ['पेनल्टी कॉर्नर के गोल से भारत आगे हुआ।', []],
    ['ड्रैग फ्लिकर के गोल से टीम जीती।', []],

  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });

  it.each([
    ['हेग में अदालत ने फैसला दिया।'],
    // a weak given name (राम is also a word) does not read a city as a surname
    ['राम हेग ने कहा।'],
  ])('a city stays a place: %s', (sentence) => {
    expect(mentionsOf(sentence, extract).map((m) => m.en)).toContain('The Hague');
  });

  it('a bare repeat inside a longer name is not the guessed person', () => {
    expect(people('मंत्री हरिओम प्रसाद ने उद्घाटन किया। बाद में हरिओम प्रसाद यादव मंच से उतरे।')).toEqual(['हरिओम प्रसाद']);
  });

  it('reads no surname as a place before निवासी', () => {
    const places = mentionsOf('युवक ने अपना नाम विक्की वर्मा निवासी भट्टागांव बताया।', extract).filter((m) => m.kind === 'place');
    expect(places.map((m) => m.text)).toEqual([]);
  });
});

describe('a gazetteer person\'s one-word form lends its spelling only to the same word', () => {
  it.each([
    ['a one-word first name ending a Hindi form (सूर्यकांत is not "Kant")', { en: 'Surya Kant', hi: ['न्यायमूर्ति सूर्यकांत'], short: ['सूर्यकांत'] }, 'सूर्यकांत'],
    ['an epithet (योगी is not "Adityanath")', { en: 'Yogi Adityanath', hi: ['महंत योगी'], short: ['योगी'] }, 'योगी'],
  ])('%s', (_name, person, word) => {
    expect(gazetteerSurnames([person])[word]).toBeUndefined();
  });
  it('the same word respelled is lent', () => {
    expect(gazetteerSurnames([{ en: 'Balbir Singh Rajewal', hi: ['बलबीर सिंह राजेवाल'], short: ['राजेवाल'] }])).toEqual({ राजेवाल: 'Rajewal' });
  });
});

describe('a list of names takes in no everyday word and no part of a name', () => {
  it.each([
    // an everyday word (गूंगा = mute) in a list of names is a nickname the product cannot tell from the word
    ['गिरोह के सदस्यों के नाम रवीन्द्र यादव, भुवर यादव, गूंगा, करिश्मा हैं।', 'गूंगा'],
    // one person before an unlisted word is no list of names yet
    ['बैठक में राघवेन्द्र तिवारी, सकीला मौजूद रहे।', 'सकीला'],
    // an everyday word between names in a list is no name (the guess is trimmed empty)
    ['बैठक में रवीन्द्र यादव, भुवर यादव, मजदूर, करिश्मा यादव मौजूद रहे।', 'मजदूर'],
    // villages that end a list of people, with no name closing the list after them, are no people
    ['बैठक में रामेश्वर यादव, सुरेश शर्मा, भगवानपुरा, खजूरी और रतनपुरा के सरपंच मौजूद रहे।', 'भगवानपुरा'],
    ['बैठक में रामेश्वर यादव, सुरेश शर्मा, भगवानपुरा, खजूरी और रतनपुरा के सरपंच मौजूद रहे।', 'खजूरी'],
    // a bracket after a person is no link to the place words after it
    ['बैठक में रमेश कुमार (पटना) भगवानपुरा गांव के लोग मौजूद रहे।', 'भगवानपुरा'],
    ['बैठक में रमेश कुमार (अध्यक्ष), मजदूर संघ के लोग मौजूद रहे।', 'मजदूर'],
    // आदि (etc.) ends a list; it is never a name word
    ['कार्यक्रम में अनुराग गुप्ता, राघवेन्द्र तिवारी, संजय आदि मौजूद रहे।', 'आदि'],
  ])('%s', (sentence, word) => {
    expect(people(sentence).filter((t) => t.includes(word))).toEqual([]);
  });
});

describe('the end of a name is no item of a list of its own', () => {
  it('reads a name word after a middle name before a comma as the surname, not as another person', () => {
    const found = people('बैठक में किसान सलाहकार श्याम कुमार भारती, प्रवीण कुमार, उमेश सिंह मौजूद थे।');
    expect(found).toContain('श्याम कुमार भारती');
    expect(found).not.toContain('भारती');
  });

  it('keeps an everyday word after a middle name out of the name, and any word at the sentence end', () => {
    expect(people('थानाध्यक्ष अनिल कुमार सदलबल, दरोगा राम सिंह के साथ पहुंचे।')).toContain('अनिल कुमार');
    expect(people('इस मामले में थानाध्यक्ष अनिल कुमार लाइनहाजिर।')).toContain('अनिल कुमार');
  });
});

describe('a letter that is an everyday word after a title opens no name alone', () => {
  it.each([
    ['उन्हें कप्तान के रूप में चुना गया।'],
    ['अधिकारी के अनुसार काम जारी है।'],
    ['मंत्री जी ने उद्घाटन किया।'],
    // letters before an everyday word are an acronym, not initials (A.C. rooms)
    ['अधिकारी ए.सी. कमरे में बैठे रहे।'],
    // a degree's letters leave no name (B.Ed. college)
    ['प्रधानाचार्य बी.एड. कॉलेज पहुंचे।'],
  ])('%s', (sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});

describe('letters after a title that are no initials of the name after them', () => {
  it.each([
    // the honorific जी after a title, then the name
    ['मंत्री जी सुरेश खन्ना ने कहा कि काम होगा।', 'सुरेश खन्ना'],
    // के after a title is its genitive; an office's letters are another title
    ['विधायक के पी.ए. राजेश शर्मा ने बताया कि काम होगा।', 'राजेश शर्मा'],
    ['जिलाधिकारी के ओ.एस.डी. मनोज तिवारी ने बैठक ली।', 'मनोज तिवारी'],
    ['उपायुक्त ए.डी.सी. सुरेश कुमार के साथ पहुंचे।', 'सुरेश कुमार'],
  ])('%s', (sentence, name) => {
    expect(people(sentence)).toEqual([name]);
  });
});

describe("a body's one-word short form after a given name is no surname unless it is a listed one", () => {
  const g: Gazetteer = {
    ...GAZETTEER,
    organisations: [
      ...GAZETTEER.organisations,
      { en: 'Rashtriya Swayamsevak Sangh', hi: ['राष्ट्रीय स्वयंसेवक संघ'], latin: [], short: ['संघ'], type: 'organisation', country: 'India' },
      { en: 'Bharat Heavy Electricals', hi: ['भारत हेवी इलेक्ट्रिकल्स'], latin: [], short: ['भेल'], type: 'company', country: 'India' },
    ],
  };
  const withBodies = createEntityExtractor(g, realEntitiesData(), realCommonWords());
  it.each([
    ['भाजपा नेता मोहन संघ की शाखा में पहुंचे।', 'संघ'],
    ['उसका भाई सुनील भेल में इंजीनियर है।', 'भेल'],
  ])('%s', (sentence, short) => {
    expect(mentionsOf(sentence, withBodies).filter((m) => m.kind === 'person' && m.text.includes(short))).toEqual([]);
  });
});

describe('an everyday word after a titled name is no part of it unless ने follows', () => {
  it.each([
    ['अध्यक्ष राजेश बैठक में पहुंचे।', ['राजेश']],
    ['अध्यक्ष राजेश बैठक की तैयारी में जुटे।', ['राजेश']],
    // two everyday words before ने are no name
    ['थानाध्यक्ष सुबह शाम ने गश्त की।', []],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('an everyday word after a named place and के, before a cue, is no one (real gazetteer)', () => {
  it.each([['पटना के लोगों ने बताया कि पानी नहीं आया।'], ['पटना के विकास ने सबको चौंकाया।'], ['दिल्ली के डॉक्टरों ने कहा कि मरीज ठीक है।']])('%s', (text) => {
    expect(mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('a feminine plural verb after a title is no name (रहीं, बनीं, गईं: every everyday word ending in ई with a nasal mark)', () => {
  it.each([
    ['वह यूपीए सरकार में केंद्रीय मंत्री रहीं एवं कांग्रेस की वरिष्ठ नेता थीं।'],
    ['वे दो बार मंत्री बनीं और फिर सांसद चुनी गईं।'],
    ['दोनों बहनें जिला अध्यक्ष रहीं और पार्टी में सक्रिय रहीं।'],
  ])('%s', (sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});
