import { describe, expect, it } from 'vitest';
import { mentionsOf } from './fixtures.js';

const found = (text: string): string[] => mentionsOf(text).map((m) => `${m.kind}:${m.text}`);

describe('everyday words are never names', () => {
  it.each([
    'प्रवक्ता फ़ौरन मौके पर पहुंचे।',
    'संवाददाता बाढ़ प्रभावित इलाकों में पहुंचे।',
    'मंत्री हिस्सा लेने पहुंचे।',
    'आरोपी फ़ौरन फरार हो गया।',
    'दस्ता ने कहा कि तलाश जारी है।',
    'वकील दलील देते रहे।',
    'प्रधानमंत्री ने कहा कि देश आगे बढ़ेगा।',
    'मुख्यमंत्री जल्द घोषणा करेंगे।',
    // local bodies: निगम is also a surname, never after नगर
    'नगर निगम के अधिकारी मौके पर पहुंचे।',
    'नगर पंचायत के कर्मचारी हड़ताल पर रहे।',
    // English office nouns in Devanagari
    'हॉकी इंडिया ने सहयोगी स्टाफ को एक लाख रुपये देने की घोषणा की।',
    // an office's department after a title (was the person "Divyangjan Sashaktikran")
    'संयुक्त निदेशक दिव्यांगजन सशक्तीकरण ने शिविर का निरीक्षण किया।',
    // money after a title (पीड़ित: the victim) is no name
    'बैंक से निकालने के बाद पीड़ित रुपए अपने झोले में डालकर घर चला।',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.startsWith('person:'))).toEqual([]);
  });
});

it('a local body after a name is never part of a person\'s name (the name may be lost: नगर also ends place names)', () => {
  expect(mentionsOf('सभासद यादराम कोरी नगर पालिका पर धरने पर बैठे।').filter((m) => m.kind === 'person' && /पालिका|नगर/u.test(m.text))).toEqual([]);
});

describe('everyday words are trimmed from a guessed name, the name stays', () => {
  it.each<[string, string]>([
    ['प्रवक्ता रमेश चंद फ़ौरन मौके पर पहुंचे।', 'रमेश चंद'],
    ['अधिवक्ता अजय मेहरा ने दलील दी।', 'अजय मेहरा'],
    // an office's branch between the title and the name (एएसपी क्राइम ब्रांच)
    ['एएसपी क्राइम ब्रांच राजेश डंडोतिया ने बताया कि गिरोह पकड़ा गया।', 'राजेश डंडोतिया'],
    // the state a chief minister acts for is no part of his name
    ['मुख्यमंत्री राजेश कुमार प्रदेश के किसानों को राशि देंगे।', 'राजेश कुमार'],
    // the court a judge presides over, abbreviated (एससी एसटी कोर्ट), is no part of the judge's name
    ['मुकदमा विशेष न्यायाधीश एससी एसटी कोर्ट नवनीत कुमार शर्मा की अदालत में चला।', 'नवनीत कुमार शर्मा'],
    // प्रभात (morning) is a word, but before a surname it is a given name
    ['एसपी प्रभात कुमार ने गुरुवार को जानकारी दी।', 'प्रभात कुमार'],
    // …but not before an unknown word: पहचान (identity) is no given name of ब्रेस्ती देवी
    ['मृतक की पहचान ब्रेस्ती देवी (50) के रूप में हुई है।', 'ब्रेस्ती देवी'],
  ])('%s', (text, name) => {
    const people = mentionsOf(text).filter((m) => m.kind === 'person');
    expect(people.map((m) => m.text)).toEqual([name]);
    const m = people[0];
    if (m) expect(text.slice(text.indexOf(name), text.indexOf(name) + name.length)).toBe(m.text);
  });
});

describe('news agencies and sites in credits, datelines and bylines are furniture', () => {
  it.each([
    'मॉस्को (एएनआई): बयान।',
    'सियोल, 14 मार्च (एएनआई) बैठक हुई।',
    'फोटो: एएनआई',
    '(इनपुट: एएनआई)',
    'सौजन्य एएनआई',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.includes('एएनआई'))).toEqual([]);
  });

  it('the agency as a source of the news is still named', () => {
    expect(found('एएनआई ने बताया कि बैठक हुई।')).toContain('organisation:एएनआई');
  });
});
