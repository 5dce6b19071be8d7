import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createNumberExtractor } from '../../../../src/core/facts/numbers/create-number-extractor.js';
import { createNumberScope } from '../../../../src/core/facts/numbers/number-scope.js';
import type { Sentence } from '../../../../src/core/types.js';

const data = loadData(join(process.cwd(), 'config')).data.numbers;
const extract = createNumberExtractor(data);
const scopeOf = createNumberScope(data);
const sentence = (text: string, index = 0): Sentence => ({ index, text, paragraph: 0 });
const scores = (text: string, scope?: ReturnType<typeof scopeOf>): string[] => extract(sentence(text), [], scope).map((n) => `${n.text}=${n.value} ${n.unit}`);

describe('the sport of the article reads scores in sentences that name none', () => {
  const hockey = scopeOf([sentence('हॉकी फाइनल में भारत ने पाकिस्तान को हराया'), sentence('मैच में भारत 1-0 से आगे था।', 1)]);

  it('knows a hockey report', () => {
    expect(hockey).toEqual({ cricket: false, goals: true, points: false, matchPoints: false, exam: false });
  });

  it.each([
    ['मैच में भारत 1-0 से आगे था।', ['1-0=1 goal', '1-0=0 goal']],
    ['फिर स्कोर 1-1 हो गया।', ['1-1=1 goal', '1-1=1 goal']],
  ])('%s', (text, expected) => {
    expect(scores(text, hockey)).toEqual(expected);
  });
});

describe('a scoreboard is any sport\'s: a kabaddi report that has one is no cricket report', () => {
  const kabaddi = scopeOf([sentence('जूनियर नेशनल कबड्डी चैंपियनशिप में हरियाणा विजेता बनी।'), sentence('उन्होंने पहले रेड से ही स्कोरबोर्ड पर अंक बनाना शुरू कर दिया।', 1)]);
  it('knows a kabaddi report only', () => {
    expect(kabaddi.cricket).toBe(false);
    expect(scores('उन्होंने फाइनल में दिल्ली को 31-22 से हराया।', kabaddi)).toEqual(['31-22=31 point', '31-22=22 point']);
  });
});

describe('a badminton report: game scores are points', () => {
  const badminton = scopeOf([sentence('सिंधु ने बैडमिंटन का खिताब जीता'), sentence('उन्होंने फाइनल 21-15, 21-7 से जीता।', 1)]);
  it.each([
    ['उन्होंने फाइनल 21-15, 21-7 से जीता।', ['21-15=21 point', '21-15=15 point', '21-7=21 point', '21-7=7 point']],
  ])('%s', (text, expected) => {
    expect(scores(text, badminton)).toEqual(expected);
  });
});

describe('a kabaddi report: match scores run past 40 points; a badminton game does not', () => {
  const kabaddi = scopeOf([sentence('राष्ट्रीय स्कूली कबड्डी स्पर्धा के फाइनल खेले गए'), sentence('स्कोर हरियाणा दिल्ली टीम का 66-46 रहा।', 1)]);
  const badminton = scopeOf([sentence('सिंधु ने बैडमिंटन का खिताब जीता')]);
  it.each([
    ['लड़कों के फाइनल मुकाबले में स्कोर हरियाणा दिल्ली टीम का 66-46 रहा।', kabaddi, ['66-46=66 point', '66-46=46 point']],
    ['हरियाणा ने पंजाब को 41-23 से हराया।', kabaddi, ['41-23=41 point', '41-23=23 point']],
    ['उन्होंने फाइनल 66-46 से जीता।', badminton, []],
    // a pair before another counted noun is a range of it, not a score
    ['कबड्डी प्रतियोगिता देखने 50-60 लोग पहुंचे।', kabaddi, ['50-60 लोग=50 person']],
    ['अंडर 19 आयु वर्ग में 57-65 किग्रा वर्ग के मुकाबले हुए।', kabaddi, ['57-65 किग्रा=57 kg']], // a weight class (a range), no score,
  ])('%s', (text, scope, expected) => {
    expect(scores(text, scope)).toEqual(expected);
  });
});

describe('अंक in an exam report are marks', () => {
  const exam = scopeOf([sentence('बोर्ड परीक्षा के नतीजे घोषित'), sentence('टॉपर ने 693 अंक हासिल किए।', 1)]);
  it('marks in the exam report, points in a market sentence', () => {
    expect(scores('कोलकाता की छात्रा ने 693 अंक हासिल किए।', exam)).toEqual(['693 अंक=693 mark']);
    expect(scores('इस बीच सेंसेक्स 500 अंक चढ़ा।', exam)).toEqual(['500 अंक=500 point']);
    expect(scores('कोलकाता की छात्रा ने 693 अंक हासिल किए।')).toEqual(['693 अंक=693 point']);
  });
});

describe('no sport, or two: a bare score stays unread', () => {
  it.each([
    ['मैच में भारत 1-0 से आगे था।', undefined],
    ['मैच में भारत 1-0 से आगे था।', { cricket: true, goals: true, points: false, matchPoints: false, exam: false }],
    ['मैच में भारत 1-0 से आगे था।', { cricket: false, goals: false, points: false, matchPoints: false, exam: false }],
    ['मैच में भारत 1-0 से आगे था।', { cricket: false, goals: true, points: true, matchPoints: false, exam: false }],
  ])('%s with %o', (text, scope) => {
    expect(scores(text, scope)).toEqual([]);
  });

  it('स्कोर names no sport: a runs/wickets figure after it is still cricket', () => {
    expect(scores('ऑस्ट्रेलिया का स्कोर (245/8) रहा।')).toEqual(['245/8=245 run', '245/8=8 wicket']);
  });
});
