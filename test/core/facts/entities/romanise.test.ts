import { describe, expect, it } from 'vitest';
import { createNameRomaniser } from '../../../../src/core/facts/entities/name-romaniser.js';
import { romanise } from '../../../../src/core/facts/entities/romanise.js';

describe('romanise', () => {
  it.each([
    ['व्लादिमीर पुतिन', 'Vladimir Putin'],
    ['किम जोंग उन', 'Kim Jong Un'],
    ['किम होंग-क्यून', 'Kim Hong-kyun'],
    ['किम इल-सुंग', 'Kim Il-sung'],
    ['यूरी उशाकोव', 'Yuri Ushakov'],
    ['सर्जई लावरोव', 'Sarjai Lavrov'],
    ['सर्गेई शोइगु', 'Sargei Shoigu'],
    ['योको कामिकावा', 'Yoko Kamikawa'],
    ['अलेक्जेंडर कोज़लोव', 'Alekjendar Kozlov'],
    ['कर्ट कैंपबेल', 'Kart Kaimpbel'],
    ['मैथ्यू मिलर', 'Maithyu Milar'],
    ['मयूख देबनाथ', 'Mayukh Debnath'],
    ['नरेंद्र मोदी', 'Narendra Modi'],
    ['राहुल गांधी', 'Rahul Gandhi'],
    // names compounded on राम, श्याम, देव …: part by part (one word's schwa rule gave Ramakli, Ramashran)
    ['रामकली देवी', 'Ramkali Devi'],
    ['रामशरण सिंह', 'Ramsharan Singh'],
    ['देवशरण यादव', 'Devsharan Yadav'],
    // not before a vowel sign: no compound (रामायण, देवेंद्र)
    ['रामायण', 'Ramayan'],
    // a final -ीय keeps its vowel (was Malviy, Bhartiy)
    ['कमला मालवीय', 'Kamla Malviya'],
    ['भारतीय', 'Bhartiya'],
    ['विराट कोहली', 'Virat Kohli'],
    ['रोहित शर्मा', 'Rohit Sharma'],
    ['हार्दिक पांड्या', 'Hardik Pandya'],
    ['सूर्यकुमार यादव', 'Suryakumar Yadav'],
    ['योगी आदित्यनाथ', 'Yogi Adityanath'],
    ['अखिलेश यादव', 'Akhilesh Yadav'],
    ['अमित शाह', 'Amit Shah'],
    ['शिवराज सिंह चौहान', 'Shivraj Singh Chauhan'],
    ['संजीव खन्ना', 'Sanjiv Khanna'],
    ['डी वाई चंद्रचूड़', 'D. Y. Chandrachud'],
    ['एस जयशंकर', 'S. Jaishankar'],
    ['नीतीश कुमार', 'Nitish Kumar'],
    ['मोहन यादव', 'Mohan Yadav'],
    ['प्रियंका', 'Priyanka'],
    ['लक्ष्मी', 'Lakshmi'],
    ['कृष्ण', 'Krishna'],
    ['द्विवेदी', 'Dwivedi'],
    // व after र् is v (after any other consonant w)
    ['सर्वेश', 'Sarvesh'],
    ['पार्वती', 'Parvati'],
    ['अपूर्व', 'Apurva'],
    ['डार्विन', 'Darwin'],
    ['ज्ञानेश', 'Gyanesh'],
    ['प्योंगयांग', 'Pyongyang'],
    ['बड़ागांव', 'Baragaon'],
    ['योनहाप', 'Yonhap'],
    ['रोडोंग सिनमुन', 'Rodong Sinmun'],
    ['कमलनाथ', 'Kamalnath'],
    ['ममता', 'Mamta'],
    // a schwa before a stop + र cluster goes (the spelling Jasprit, Dilpreet, Ramprasad), not before स्व
    ['जसप्रीत बुमराह', 'Jasprit Bumrah'],
    ['दिलप्रीत सिंह', 'Dilprit Singh'],
    ['रामप्रसाद', 'Ramprasad'],
    ['सरस्वती', 'Saraswati'],
    ['चंद्रप्रकाश', 'Chandraprakash'],
    // जी after a name word is the particle, not the initial G
    ['भीम जी उपाध्याय', 'Bhim Ji Upadhyay'],
    ['जी सतीश', 'G. Satish'],
    ['सुंदरराज पी', 'Sundarraj P.'],
    // spellings English prints: Punjabi -inder, an initial Jai before a consonant
    ['सुरिंदर सिंह', 'Surinder Singh'],
    ['जयसिंघानी', 'Jaisinghani'],
    ['जयंत', 'Jayant'],
    ['सिकंदर', 'Sikandar'],
    ['मुकेश अंबानी', 'Mukesh Ambani'],
    ['एएनआई', 'ANI'],
    ['केसीएनए', 'KCNA'],
    ['फ़ैज़ अहमद', 'Faiz Ahmad'],
    ['२०२४ मिशन', '2024 Mishan'],
  ])('%s → %s', (hindi, english) => {
    expect(romanise(hindi)).toBe(english);
  });

  it('never leaves Devanagari in its output', () => {
    for (const text of ['ॐ नमः', 'क़ुतुब मीनार।', 'श्री॰ राम', 'ऽ ॅ ॉ']) {
      expect(romanise(text)).not.toMatch(/[\u0900-\u097F]/u);
    }
  });

  it('capitalises every word and lower-cases the part after a hyphen', () => {
    expect(romanise('मून जे-इन')).toBe('Mun Je-in');
  });
});

describe('createNameRomaniser', () => {
  const name = createNameRomaniser({ कर्ट: 'Kurt', कैंपबेल: 'Campbell', मैथ्यू: 'Matthew', सिंह: 'Singh' });
  it.each([
    ['कर्ट कैंपबेल', 'Kurt Campbell'],
    ['कैम्पबेल', 'Campbell'],
    ['मैथ्यू मिलर', 'Matthew Milar'],
    ['मनमोहन सिंह', 'Manmohan Singh'],
    ['एस जयशंकर', 'S. Jaishankar'],
    ['नीलेश एम.देसाई', 'Nilesh M. Desai'],
    ['किम होंग-क्यून', 'Kim Hong-kyun'],
    ['नीलेश एम.देसाई', 'Nilesh M. Desai'],
  ])('%s → %s', (hindi, english) => {
    expect(name(hindi)).toBe(english);
  });
});
