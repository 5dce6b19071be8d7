import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../../src/core/types.js';
import { mentionsOf } from './fixtures.js';

type Expected = Partial<Pick<EntityMention, 'kind' | 'en' | 'role' | 'country' | 'guessed' | 'adjective'>> & { text: string };

/** Finds the mention with this surface text and checks the span and the expected fields. */
function expectMention(text: string, expected: Expected): void {
  const mentions = mentionsOf(text);
  const found = mentions.find((m) => m.text === expected.text);
  expect(found, `${expected.text} in ${JSON.stringify(mentions.map((m) => [m.text, m.en]))}`).toBeDefined();
  if (!found) return;
  expect(found).toMatchObject(expected);
  expect(found.en).not.toMatch(/[\u0900-\u097F]/u);
}

describe('people with titles and affiliations', () => {
  it.each<[string, Expected]>([
    ['रूस के राष्ट्रपति व्लादिमीर पुतिन ने कहा।', { text: 'व्लादिमीर पुतिन', kind: 'person', en: 'Vladimir Putin', role: 'President', country: 'Russia' }],
    ['रूस के राष्ट्रपति पुतिन करेंगे दौरा।', { text: 'पुतिन', en: 'Vladimir Putin', role: 'President', country: 'Russia' }],
    ['दक्षिण कोरिया के उप विदेश मंत्री किम होंग-क्यून ने चर्चा की।', { text: 'किम होंग-क्यून', en: 'Kim Hong-kyun', role: 'Deputy Foreign Minister', country: 'South Korea', guessed: true }],
    ['अमेरिकी उप विदेश मंत्री कर्ट कैंपबेल के साथ बात हुई।', { text: 'कर्ट कैंपबेल', en: 'Kurt Campbell', role: 'Deputy Secretary of State', country: 'United States', guessed: true }],
    ['अमेरिकी विदेश विभाग के प्रवक्ता मैथ्यू मिलर के अनुसार यह गलत है।', { text: 'मैथ्यू मिलर', role: 'Spokesperson, United States Department of State', country: 'United States' }],
    ['अमेरिकी विदेश विभाग के प्रवक्ता मैथ्यू मिलर के अनुसार यह गलत है।', { text: 'विदेश विभाग', kind: 'organisation', en: 'United States Department of State' }],
    ['उत्तर कोरियाई नेता किम जोंग उन ने स्वागत किया।', { text: 'किम जोंग उन', en: 'Kim Jong Un', role: 'Leader', country: 'North Korea' }],
    ['भारतीय टीम के कप्तान रोहित शर्मा ने जीत का श्रेय गेंदबाजों को दिया।', { text: 'रोहित शर्मा', en: 'Rohit Sharma', role: 'Captain', country: 'India' }],
    ['उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने समीक्षा बैठक की।', { text: 'योगी आदित्यनाथ', role: 'Chief Minister of Uttar Pradesh', country: 'India' }],
    ['बिहार के उपमुख्यमंत्री तेजस्वी यादव ने कहा।', { text: 'तेजस्वी यादव', en: 'Tejaswi Yadav', role: 'Deputy Chief Minister of Bihar', guessed: true }],
    ['मुख्य न्यायाधीश डी वाई चंद्रचूड़ की पीठ ने सुनवाई की।', { text: 'डी वाई चंद्रचूड़', en: 'D. Y. Chandrachud', role: 'Chief Justice' }],
    ['न्यायमूर्ति संजीव खन्ना ने फैसला सुनाया।', { text: 'संजीव खन्ना', en: 'Sanjiv Khanna', role: 'Justice' }],
    ['इसरो के अध्यक्ष एस सोमनाथ ने बताया कि मिशन सफल रहा।', { text: 'एस सोमनाथ', en: 'S. Somnath', role: 'Chairperson, Indian Space Research Organisation', country: 'India' }],
    ['आईएमडी के वैज्ञानिक नरेश कुमार ने कहा कि बारिश होगी।', { text: 'नरेश कुमार', en: 'Naresh Kumar', role: 'Scientist, India Meteorological Department' }],
    ['रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी ने घोषणा की।', { text: 'मुकेश अंबानी', en: 'Mukesh Ambani', role: 'Chairman, Reliance Industries' }],
    ['पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने कहा।', { text: 'शहबाज शरीफ', en: 'Shehbaz Sharif', role: 'Prime Minister', country: 'Pakistan' }],
    ['ऑस्ट्रेलिया के कप्तान पैट कमिंस ने टॉस जीता।', { text: 'पैट कमिंस', en: 'Pat Cummins', role: 'Captain', country: 'Australia' }],
    ['फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने बधाई दी।', { text: 'इमैनुएल मैक्रों', en: 'Emmanuel Macron', role: 'President', country: 'France' }],
    ['चीनी राष्ट्रपति शी जिनपिंग से मुलाकात हुई।', { text: 'शी जिनपिंग', en: 'Xi Jinping', role: 'President', country: 'China' }],
    ['जापानी प्रधानमंत्री फुमियो किशिदा ने कहा।', { text: 'फुमियो किशिदा', en: 'Fumio Kishida', country: 'Japan' }],
    ['डीएम अभिषेक प्रकाश ने बताया कि स्कूल बंद रहेंगे।', { text: 'अभिषेक प्रकाश', en: 'Abhishek Prakash', role: 'District Magistrate' }],
    ['रूस के प्राकृतिक संसाधन मंत्री अलेक्जेंडर कोज़लोव ने कहा।', { text: 'अलेक्जेंडर कोज़लोव', en: 'Alexander Kozlov', role: 'Natural Resources Minister', country: 'Russia' }],
    ['क्रेमलिन के एक सहयोगी यूरी उशाकोव ने संवाददाताओं से कहा।', { text: 'यूरी उशाकोव', en: 'Yuri Ushakov', role: 'Aide, Kremlin', country: 'Russia' }],
    ['भारत के पूर्व विदेश मंत्री नटवर सिंह का निधन।', { text: 'नटवर सिंह', en: 'Natwar Singh', role: 'Former External Affairs Minister', country: 'India' }],
    ['ब्रिटेन के विदेश मंत्री डेविड लैमी ने कहा।', { text: 'डेविड लैमी', role: 'Foreign Secretary', country: 'United Kingdom' }],
    ['श्री राम प्रसाद ने कहा कि काम पूरा होगा।', { text: 'राम प्रसाद', en: 'Ram Prasad', guessed: true }],
    ['डॉ. अनीता शर्मा के अनुसार मरीज की हालत स्थिर है।', { text: 'अनीता शर्मा', en: 'Anita Sharma' }],
    ['इंग्लैंड के तेज गेंदबाज जेम्स एंडरसन ने संन्यास लिया।', { text: 'जेम्स एंडरसन', en: 'James Anderson', role: 'Fast bowler of England' }],
    ['कांग्रेस नेता राहुल गांधी ने रैली की।', { text: 'राहुल गांधी', en: 'Rahul Gandhi', role: 'Leader' }],
    // a rank before the title is the role's (an assistant professor is no professor)
    ['ऑपरेशन का नेतृत्व असिस्टेंट प्रोफेसर नेहा काकरान ने किया।', { text: 'नेहा काकरान', role: 'Assistant Professor' }],
    ['अपर जिलाधिकारी राजेश यादव ने निरीक्षण किया।', { text: 'राजेश यादव', role: 'Additional District Magistrate' }],
    // पूर्व after के and a verbal noun is "before": the title after it is not a former one
    ['फैसला आने के पूर्व आरोपी राजेश यादव ने माफी मांगी।', { text: 'राजेश यादव', role: 'Accused' }],
    // … but after से or a noun ending in -ने it is "former" (reviewer)
    ['गाजीपुर से पूर्व विधायक राजेश यादव ने रैली की।', { text: 'राजेश यादव', role: 'Former Member of the Legislative Assembly' }],
    ['कोतवाली थाने के पूर्व प्रभारी राजेश यादव ने रैली की।', { text: 'राजेश यादव', role: 'Former In-charge' }],
    // a municipal council's chair, glued (was a name "Napadhyaksh Paliwal")
    ['नपाध्यक्ष सुमेर पालीवाल ने निरीक्षण किया।', { text: 'सुमेर पालीवाल', role: 'Municipal Council Chairperson' }],
  ])('%s', (text, expected) => expectMention(text, expected));

  it('names before attribution verbs (two or more words) are guessed people', () => {
    expectMention('बैठक के बाद अमित शाह ने कहा कि सरकार तैयार है।', { text: 'अमित शाह', en: 'Amit Shah', guessed: true });
  });

  it('a one-word speaker counts when the article names the person in full', () => {
    const m = mentionsOf('क्रेमलिन के सहयोगी यूरी उशाकोव ने बयान दिया। बाद में उशाकोव ने कहा कि यात्रा होगी।');
    expect(m.filter((x) => x.kind === 'person').map((x) => [x.text, x.en])).toEqual([
      ['यूरी उशाकोव', 'Yuri Ushakov'],
      ['उशाकोव', 'Yuri Ushakov'],
    ]);
  });
});

describe('places', () => {
  it.each<[string, Expected]>([
    ['पुतिन उत्तर कोरिया पहुंचे।', { text: 'उत्तर कोरिया', kind: 'place', en: 'North Korea' }],
    ['नॉर्थ कोरिया को लेकर बयान।', { text: 'नॉर्थ कोरिया', en: 'North Korea' }],
    ['उत्तरी कोरिया के नेता।', { text: 'उत्तरी कोरिया', en: 'North Korea' }],
    ['डीपीआरके के अध्यक्ष।', { text: 'डीपीआरके', en: 'North Korea' }],
    ['DPRK के समर्थन की सराहना।', { text: 'DPRK', en: 'North Korea' }],
    ['साउथ कोरिया को चेतावनी।', { text: 'साउथ कोरिया', en: 'South Korea' }],
    ['संयुक्त राज्य अमेरिका और भारत।', { text: 'संयुक्त राज्य अमेरिका', en: 'United States' }],
    ['अमेरिका ने प्रतिबंध लगाए।', { text: 'अमेरिका', en: 'United States' }],
    ['इज़राइल के हमले में।', { text: 'इज़राइल', en: 'Israel' }],
    ['इजराइल के हमले में।', { text: 'इजराइल', en: 'Israel' }],
    ['ब्राज़ील ने अर्जेंटीना को हराया।', { text: 'ब्राज़ील', en: 'Brazil' }],
    ['ब्राजील ने अर्जेंटीना को हराया।', { text: 'अर्जेंटीना', en: 'Argentina' }],
    ['ब्रिटेन में चुनाव।', { text: 'ब्रिटेन', en: 'United Kingdom' }],
    ['यूनाइटेड किंगडम में चुनाव।', { text: 'यूनाइटेड किंगडम', en: 'United Kingdom' }],
    ['दक्षिण अफ्रीका ने सीरीज जीती।', { text: 'दक्षिण अफ्रीका', en: 'South Africa' }],
    ['म्यांमार में भूकंप।', { text: 'म्यांमार', en: 'Myanmar' }],
    ['Russia, North Korea साथ काम करेंगे।', { text: 'North Korea', en: 'North Korea' }],
    ['प्योंगयांग में मुलाकात हुई।', { text: 'प्योंगयांग', en: 'Pyongyang' }],
    ['मॉस्को moscow : बयान।', { text: 'मॉस्को', en: 'Moscow' }],
    ['मास्को की इच्छा।', { text: 'मास्को', en: 'Moscow' }],
    ['व्लादिवोस्तोक जाने की उम्मीद।', { text: 'व्लादिवोस्तोक', en: 'Vladivostok' }],
    ['कोलकाता में बारिश।', { text: 'कोलकाता', en: 'Kolkata' }],
    ['टोक्यो में ओलंपिक।', { text: 'टोक्यो', en: 'Tokyo' }],
    ['न्यूयॉर्क में बैठक।', { text: 'न्यूयॉर्क', en: 'New York City' }],
    ['काहिरा में वार्ता।', { text: 'काहिरा', en: 'Cairo' }],
    ['मुंबई में सेंसेक्स 500 अंक चढ़ा।', { text: 'मुंबई', en: 'Mumbai' }],
    ['रूसी राष्ट्रपति ने कहा।', { text: 'रूसी', en: 'Russia', adjective: true }],
    ['रूसी संस्थाओं पर प्रतिबंध।', { text: 'रूसी', en: 'Russia', adjective: true }],
    ['चीनी सेना ने घुसपैठ की।', { text: 'चीनी', en: 'China', adjective: true }],
    ['चीनी कंपनियों पर रोक।', { text: 'चीनी', en: 'China', adjective: true }],
    ['उत्तर कोरियाई सैनिकों पर गोलियां।', { text: 'उत्तर कोरियाई', en: 'North Korea', adjective: true }],
    ['दक्षिण कोरियाई मंत्रालय ने कहा।', { text: 'दक्षिण कोरियाई', en: 'South Korea', adjective: true }],
    ['भारतीय टीम जीती।', { text: 'भारतीय', en: 'India', adjective: true }],
    ['यूक्रेनी अधिकारियों का कहना है।', { text: 'यूक्रेनी', en: 'Ukraine', adjective: true }],
    ['रूस के राष्ट्रपति पुतिन।', { text: 'रूस', en: 'Russia' }],
  ])('%s', (text, expected) => expectMention(text, expected));
});

describe('organisations', () => {
  it.each<[string, Expected]>([
    ['रूस के विदेश मंत्रालय ने वीडियो शेयर किया।', { text: 'विदेश मंत्रालय', kind: 'organisation', en: 'Ministry of Foreign Affairs (Russia)', country: 'Russia' }],
    ['भारत के विदेश मंत्रालय ने बयान जारी किया।', { text: 'विदेश मंत्रालय', en: 'Ministry of External Affairs' }],
    ['अमेरिकी रक्षा मंत्रालय ने कहा।', { text: 'रक्षा मंत्रालय', en: 'United States Department of Defense' }],
    ['सियोल के विदेश मंत्रालय ने कहा।', { text: 'विदेश मंत्रालय', en: 'Ministry of Foreign Affairs (South Korea)' }],
    ['TASS ने बताया।', { text: 'TASS', en: 'TASS' }],
    ['तास समाचार एजेंसी ने बताया।', { text: 'तास', en: 'TASS' }],
    ['केसीएनए ने गुरुवार को कहा।', { text: 'केसीएनए', en: 'Korean Central News Agency' }],
    ['एएनआई ने बताया कि बैठक हुई।', { text: 'एएनआई', en: 'Asian News International' }],
    ['अल जज़ीरा ने बताया।', { text: 'अल जज़ीरा', en: 'Al Jazeera' }],
    ['संयुक्त राष्ट्र सुरक्षा परिषद के प्रस्ताव।', { text: 'संयुक्त राष्ट्र सुरक्षा परिषद', en: 'United Nations Security Council' }],
    ['संयुक्त राष्ट्र के प्रतिबंध।', { text: 'संयुक्त राष्ट्र', en: 'United Nations' }],
    ['भारत मौसम विज्ञान विभाग ने अलर्ट जारी किया।', { text: 'भारत मौसम विज्ञान विभाग', en: 'India Meteorological Department' }],
    ['व्हाइट हाउस ने बयान जारी किया।', { text: 'व्हाइट हाउस', en: 'White House' }],
    ['सुप्रीम कोर्ट ने याचिका खारिज की।', { text: 'सुप्रीम कोर्ट', en: 'Supreme Court of India' }],
  ])('%s', (text, expected) => expectMention(text, expected));
});

describe('spans and identity', () => {
  it('every mention text is the sentence slice of its span, sorted by sentence and span', () => {
    const text = 'रूस के राष्ट्रपति व्लादिमीर पुतिन ने उत्तर कोरिया के नेता किम जोंग उन से मुलाकात की। पुतिन ने कहा कि TASS सही है।';
    const mentions = mentionsOf(text);
    const sentences = text.split('। ').map((s, i) => (i === 0 ? `${s}।` : s));
    for (const m of mentions) expect(sentences[m.sentence]?.slice(m.span.start, m.span.end)).toBe(m.text);
    const order = mentions.map((m) => m.sentence * 10_000 + m.span.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('Putin, पुतिन, व्लादिमीर पुतिन and Vladimir Putin are one identity', () => {
    const m = mentionsOf('Vladimir Putin North Korea Visit: व्लादिमीर पुतिन पहुंचे। पुतिन ने कहा। Putin का दौरा।');
    expect(m.filter((x) => x.kind === 'person').map((x) => x.en)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
  });

  it('किम alone is Kim Jong Un when the article names him', () => {
    const m = mentionsOf('उत्तर कोरिया के नेता किम जोंग उन ने स्वागत किया। बाद में किम ने भाषण दिया।');
    expect(m.filter((x) => x.text === 'किम').map((x) => x.en)).toEqual(['Kim Jong Un']);
  });

  it('किम जोंग is Kim Jong Un', () => {
    expectMention('उत्तर कोरिया के नेता किम जोंग से मुलाकात।', { text: 'किम जोंग', en: 'Kim Jong Un' });
  });

  it('spans survive nukta and Devanagari digits', () => {
    expectMention('इज़राइल ने २० मिसाइलें दागीं।', { text: 'इज़राइल', en: 'Israel' });
  });
});
