import { describe, expect, it } from 'vitest';
import { extractor, numbersIn, spanOf } from './extract.js';

const span = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};
/** Facts as [text, value, unit, owner] with the given names claimed (as the entity extractor would). */
const show = (text: string, names: string[] = []) =>
  numbersIn(text, names.map((n) => span(text, n))).map((f) => [f.text, f.value, f.unit, f.owner ?? null]);

describe('scores in their sport', () => {
  it.each([
    ['भारत ने 20 ओवर में 187/5 रन बनाए।', [['20 ओवर', 20, 'over', null], ['187/5', 187, 'run', null], ['187/5', 5, 'wicket', null]]],
    ['ऑस्ट्रेलिया का स्कोर (245/8) रहा।', [['245/8', 245, 'run', null], ['245/8', 8, 'wicket', null]]],
    ['फुटबॉल मुकाबले में भारत ने नेपाल को 3-2 से हराया।', [['3-2', 3, 'goal', null], ['3-2', 2, 'goal', null]]],
    ['हॉकी टीम ने 2–1 से जीत दर्ज की।', [['2–1', 2, 'goal', null], ['2–1', 1, 'goal', null]]],
    // a goal score written with a dot, before the result it gave
    ['हॉकी मुकाबले में भारत ने जापान को 4.0 से हराया।', [['4.0', 4, 'goal', null], ['4.0', 0, 'goal', null]]],
    ['फुटबॉल मैच के पहले हाफ में टीम ने 1.0 की बढ़त बनाई।', [['1.0', 1, 'goal', null], ['1.0', 0, 'goal', null]]],
    ['भारत ने टेस्ट सीरीज में 3-1 की अजेय बढ़त बना ली।', [['3-1', 3, 'match', null], ['3-1', 1, 'match', null]]],
    ['टी20 सीरीज 2-2 से बराबर रही।', [['2-2', 2, 'match', null], ['2-2', 2, 'match', null]]],
    ['स्कोरबोर्ड: पाकिस्तान- 159/8, भारत- 160/6।', [['159/8', 159, 'run', null], ['159/8', 8, 'wicket', null], ['160/6', 160, 'run', null], ['160/6', 6, 'wicket', null]]],
    // a series of a goal sport: its score is in goals
    ['हॉकी टीम पांच मैचों की सीरीज में ऑस्ट्रेलिया से 4-5 से हारी।', [['पांच मैचों', 5, 'match', null], ['4-5', 4, 'goal', null], ['4-5', 5, 'goal', null]]],
    // kabaddi matches and wrestling bouts are won on points
    ['कबड्डी लीग में टीम ने मुकाबला 32-20 से जीता।', [['32-20', 32, 'point', null], ['32-20', 20, 'point', null]]],
    ['पहलवान ने फाइनल में 12-2 से जीत दर्ज की।', [['12-2', 12, 'point', null], ['12-2', 2, 'point', null]]],
    // an em dash between the sides, as some sites type it
    ['कबड्डी के फाइनल में नवलपुर ने टीम को 31—18 से हराया।', [['31—18', 31, 'point', null], ['31—18', 18, 'point', null]]],
  ] as const)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('owners in name–number lists', () => {
  it('pairs each number with the name right before it and shares the counted noun', () => {
    const text = 'भाजपा 240 और कांग्रेस 99 सीटों पर जीती।';
    expect(show(text, ['भाजपा', 'कांग्रेस'])).toEqual([['240', 240, 'seat', 'भाजपा'], ['99 सीटों', 99, 'seat', 'कांग्रेस']]);
  });

  it('follows a longer list and a postposition between name and number', () => {
    const text = 'एनडीए को 293, इंडिया गठबंधन को 234 और अन्य को 16 सीटें मिलीं।';
    expect(show(text, ['एनडीए', 'इंडिया गठबंधन', 'अन्य'])).toEqual([
      ['293', 293, 'seat', 'एनडीए'],
      ['234', 234, 'seat', 'इंडिया गठबंधन'],
      ['16 सीटें', 16, 'seat', 'अन्य'],
    ]);
  });

  // (each place's own count: a structured line listed them in order, one place short, and paired them wrong)
  it('pairs each count with the place before में', () => {
    const text = 'अब तक पटना में 13, गया में 12 और भागलपुर में 4 डेंगू मरीज मिले हैं।';
    expect(show(text, ['पटना', 'गया', 'भागलपुर'])).toEqual([
      ['13', 13, 'patient', 'पटना'],
      ['12', 12, 'patient', 'गया'],
      ['4 डेंगू मरीज', 4, 'patient', 'भागलपुर'],
    ]);
  });

  it('pairs each count with the place before से (where the patients came from)', () => {
    const text = 'इनमें रायपुर से 2, जांजगीर से 20 और रायगढ़ से 1 मरीज शामिल है।';
    expect(show(text, ['रायपुर', 'जांजगीर', 'रायगढ़'])).toEqual([
      ['2', 2, 'patient', 'रायपुर'],
      ['20', 20, 'patient', 'जांजगीर'],
      ['1 मरीज', 1, 'patient', 'रायगढ़'],
    ]);
  });

  it('a bare figure after a place and से that the list leaves with no counted noun is no fact (negative case)', () => {
    // (the item of several places with 2-2 breaks the list: 20 and 12 get no noun, so no fact)
    const text = 'जांजगीर से 20, महासमुंद से 12, दुर्ग, राजनांदगांव व रायपुर से 2-2, रायगढ़ से 1 मरीज़ मिले हैं।';
    const found = show(text, ['जांजगीर', 'महासमुंद', 'दुर्ग', 'राजनांदगांव', 'रायपुर', 'रायगढ़']);
    expect(found.filter((f) => f[2] === null)).toEqual([]);
  });

  it('names an unclaimed list member by the word before its link (बीआरएस को 39)', () => {
    const text = 'कांग्रेस को 63, बीआरएस को 39 और बीजेपी को 10 सीटें मिलीं।';
    expect(show(text, ['कांग्रेस', 'बीजेपी'])).toEqual([
      ['63', 63, 'seat', 'कांग्रेस'],
      ['39', 39, 'seat', 'बीआरएस'],
      ['10 सीटें', 10, 'seat', 'बीजेपी'],
    ]);
  });

  it('reads a tally with the name after each number', () => {
    const text = 'छत्तीसगढ़ की 90 सीटों में 54 भाजपा, 35 कांग्रेस और एक सीट गोंडवाना गणतंत्र पार्टी ने जीती।';
    expect(show(text, ['छत्तीसगढ़', 'भाजपा', 'कांग्रेस'])).toEqual([
      ['90 सीटों', 90, 'seat', null],
      ['54', 54, 'seat', 'भाजपा'],
      ['35', 35, 'seat', 'कांग्रेस'],
      ['एक सीट', 1, 'seat', null],
    ]);
  });

  it('names the last member by the words before its link (भारत आदिवासी पार्टी ने एक सीट)', () => {
    const text = 'भाजपा ने 163, कांग्रेस ने 66 और भारत आदिवासी पार्टी ने एक सीट जीती।';
    expect(show(text, ['भाजपा', 'कांग्रेस', 'भारत'])).toEqual([
      ['163', 163, 'seat', 'भाजपा'],
      ['66', 66, 'seat', 'कांग्रेस'],
      ['एक सीट', 1, 'seat', 'भारत आदिवासी पार्टी'],
    ]);
  });

  it('stops an unclaimed name at a function word (जिसमे उत्तर प्रदेश की 403 सीट)', () => {
    const text = 'जिसमे उत्तर प्रदेश की 403 सीट, उत्तराखंड की 70 सीट व गोवा की 40 सीटों पर मतदान हुआ।';
    expect(show(text)).toEqual([
      ['403 सीट', 403, 'seat', 'उत्तर प्रदेश'],
      ['70 सीट', 70, 'seat', 'उत्तराखंड'],
      ['40 सीटों', 40, 'seat', 'गोवा'],
    ]);
  });

  it('shares the noun of a tally that ends in "others" (अन्य 10 सीटों)', () => {
    const text = 'भाजपा 100, कांग्रेस 116, बसपा 4, अन्य 10 सीटों पर आगे हैं।';
    expect(show(text, ['भाजपा', 'कांग्रेस', 'बसपा'])).toEqual([
      ['100', 100, 'seat', 'भाजपा'],
      ['116', 116, 'seat', 'कांग्रेस'],
      ['4', 4, 'seat', 'बसपा'],
      ['10 सीटों', 10, 'seat', null],
    ]);
  });

  it('reads a contrast (जबकि) between two members as a list', () => {
    const text = 'रुझान में बीजेपी 18 जबकि कांग्रेस 10 सीटों पर आगे चल रही है।';
    expect(show(text, ['बीजेपी', 'कांग्रेस'])).toEqual([['18', 18, 'seat', 'बीजेपी'], ['10 सीटों', 10, 'seat', 'कांग्रेस']]);
  });

  it('gives no owner to a number that is not in a list', () => {
    const text = 'भाजपा ने 240 सीटें जीतीं।';
    expect(show(text, ['भाजपा'])).toEqual([['240 सीटें', 240, 'seat', null]]);
  });
});

describe('a list of places and numbers shares the counted noun', () => {
  it('names alone or with में between the numbers (the places claimed by the entity extractor)', () => {
    const text = 'सबसे अधिक पंचकूला में 1133, करनाल 241, रेवाड़ी 194 और हिसार में 349 केस आ चुके हैं।';
    expect(show(text, ['पंचकूला', 'करनाल', 'रेवाड़ी', 'हिसार']).map(([t, v, u]) => [t, v, u])).toEqual([
      ['1133', 1133, 'case'],
      ['241', 241, 'case'],
      ['194', 194, 'case'],
      ['349 केस', 349, 'case'],
    ]);
  });

  it('unclaimed words between two numbers are no label: the bare number stays bare and is not reported', () => {
    expect(show('कुल 241, फिर भी 349 केस आए।').map(([t, v, u]) => [t, v, u])).toEqual([['349 केस', 349, 'case']]);
  });
});

describe('an age in brackets after a person', () => {
  it('is in years after a name the entity extractor found, and only there', () => {
    const text = 'हादसे में अनीश शर्मा (35) और सोनम (32) की मौत हो गई, उत्तर प्रदेश (80) में शोक है।';
    const facts = numbersIn(text, [spanOf(text, 'उत्तर प्रदेश')], [spanOf(text, 'अनीश शर्मा')]);
    expect(facts.map((f) => [f.text, f.value, f.unit])).toEqual([['35', 35, 'year']]);
  });

  it('is no age in an exam report or in an article about a match', () => {
    const exam = 'परीक्षा में राहुल कुमार (98) अव्वल रहे।';
    expect(numbersIn(exam, [], [spanOf(exam, 'राहुल कुमार')]).map((f) => f.unit)).not.toContain('year');
    const match = 'शुभमन गिल (45) और यशस्वी जायसवाल (30) ने अच्छी साझेदारी निभाई।';
    const people = [spanOf(match, 'शुभमन गिल'), spanOf(match, 'यशस्वी जायसवाल')];
    const facts = extractor({ index: 0, text: match, paragraph: 0 }, people, { cricket: true, goals: false, points: false, matchPoints: false, exam: false }, people);
    expect(facts.map((f) => f.unit)).not.toContain('year');
  });

  it('is runs in a cricket sentence', () => {
    const text = 'कुसल परेरा (35) ने तेज पारी खेली।';
    expect(numbersIn(text, [], [spanOf(text, 'कुसल परेरा')]).map((f) => [f.text, f.unit])).toEqual([['35', 'run']]);
  });
});

