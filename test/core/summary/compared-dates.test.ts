import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { createComparedDates } from '../../../src/core/summary/compared-dates.js';
import { build, type FactSpec } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const isBase = createComparedDates(lexicon.comparisonBase, lexicon.relative.last);
const summariser = createSummariser(lexicon);
const baseAfter = (hi: string, date: string): boolean => isBase(hi, hi.indexOf(date), hi.indexOf(date) + date.length);

describe('a date that is the base of a comparison', () => {
  it.each([
    ['यह पिछले साल से 6.48 प्रतिशत ज्यादा है।', 'पिछले साल'],
    ['अंत में यह मंगलवार की तुलना में 190.11 अंक चढ़कर बंद हुआ।', 'मंगलवार'],
    ['उत्पादन 2022 के मुकाबले 12 प्रतिशत बढ़ा।', '2022'],
    ['बिक्री पिछले महीने से 3 प्रतिशत कम रही।', 'पिछले महीने'],
    ['परिणाम 68.11 फीसदी रहा, जो पिछले वर्ष की अपेक्षा 8 फीसदी अधिक है।', 'पिछले वर्ष'],
  ])('%s', (hi, date) => {
    expect(baseAfter(hi, date)).toBe(true);
  });
});

describe('dates with से that are no comparison (from, since, a range)', () => {
  it.each([
    ['नया नियम 1 जनवरी से लागू होगा।', '1 जनवरी'],
    ['परीक्षा 15 फरवरी से 30 मार्च तक हुई थी।', '15 फरवरी'],
    ['वह 2019 से जेल में बंद है और उसकी सेहत ज्यादा खराब बताई जा रही है।', '2019'],
    ['सोमवार को बाजार 2 प्रतिशत ज्यादा चढ़ा।', 'सोमवार'],
    // a start date: from then on, not compared with it
    ['अगले महीने से किराया 10 प्रतिशत अधिक होगा।', 'अगले महीने'],
    ['1 अप्रैल से टैक्स कम हो जाएगा।', '1 अप्रैल'],
    ['सोमवार से पारा 2 डिग्री नीचे रहेगा।', 'सोमवार'],
  ])('%s', (hi, date) => {
    expect(baseAfter(hi, date)).toBe(false);
  });
});

describe('the English line says "compared with", never that the figure belongs to the base date', () => {
  it.each([
    ['यह पिछले साल से 6.48 प्रतिशत ज्यादा है।', { numbers: [['6.48 प्रतिशत', 6.48, 'percent']], dates: [['पिछले साल', '2019', 'year']] } as FactSpec],
    ['अंत में यह मंगलवार की तुलना में 190.11 अंक चढ़कर बंद हुआ।', { numbers: [['190.11 अंक', 190.11, 'point']], dates: [['मंगलवार', '2017-04-25', 'day']] } as FactSpec],
  ])('%s', (hi, spec) => {
    const { sentence, facts } = build(hi, spec);
    const en = summariser.english(sentence, facts);
    expect(en).toMatch(/compared with: (2019|25 April 2017)/);
    expect(en).not.toMatch(/when:|\b(in|on) (2019|25 April)/);
  });
});

describe('a date before तक is a limit: the structured line says "until", never "when"', () => {
  it('labels a deadline date until:', () => {
    const { sentence, facts } = build('रेलवे ने कोहरे के कारण 12 ट्रेनों को 15 फरवरी तक रद्द कर दिया है।', { numbers: [['12 ट्रेनों', 12, 'train']], dates: [['15 फरवरी', '2024-02-15', 'day']] });
    const en = summariser.english(sentence, facts);
    expect(en).toMatch(/until: 15 February 2024/);
    expect(en).not.toMatch(/when:/);
  });
  it('keeps when: for a date with no तक after it', () => {
    const { sentence, facts } = build('रेलवे ने कोहरे के कारण 15 फरवरी को 12 ट्रेनें रद्द कीं।', { numbers: [['12 ट्रेनें', 12, 'train']], dates: [['15 फरवरी', '2024-02-15', 'day']] });
    expect(summariser.english(sentence, facts)).not.toMatch(/until:/);
  });
});

describe('a date a count runs from is "since", never "when"', () => {
  it.each([
    // (was "when:": the camps were held since, not in, that year)
    ['2011 में स्थापना के बाद से संस्था ने 148 शिविर लगाए हैं।', '148 शिविर', 148, 'camp', '2011', '2011', /since: 2011/],
    ['मार्च से अब तक जिले में 37 हादसे हुए हैं।', '37 हादसे', 37, 'accident', 'मार्च', '2024-03', /since: March 2024/],
  ] as const)('%s', (hi, figure, value, unit, date, iso, since) => {
    const { sentence, facts } = build(hi, { numbers: [[figure, value, unit]], dates: [[date, iso, iso.length === 4 ? 'year' : 'month']] });
    const en = summariser.english(sentence, facts);
    expect(en).toMatch(since);
    expect(en).not.toMatch(/when:|\b(in|on) (2011|March)/);
  });
  // (not the date of a clause whose relative clause says since when: reviewer, "since: 18 June" for an arrest on the 18th)
  it('keeps when: for a date with a verb or a relative word before के बाद से', () => {
    const { sentence, facts } = build('मंगलवार को पुलिस ने बताया कि दोनों आरोपी घटना के बाद से फरार हैं।', { dates: [['मंगलवार', '2024-06-18', 'day']] });
    expect(summariser.english(sentence, facts)).not.toMatch(/since:/);
  });
  it('keeps when: for a date the clause does not count from', () => {
    const { sentence, facts } = build('2011 में टीम ने 148 मैच खेले, उसके बाद से कोच बदल गया।', { numbers: [['148 मैच', 148, 'match']], dates: [['2011', '2011', 'year']] });
    expect(summariser.english(sentence, facts)).not.toMatch(/since:/);
  });
});
