import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('refiners (published 2024-06-18)', () => {
  it.each([
    // a relative year followed by a yearless day or month is one date
    ['पिछले साल 18 दिसंबर को सुनवाई हुई थी।', 'पिछले साल 18 दिसंबर', '2023-12-18'],
    ['इस साल मार्च में चुनाव हुए थे।', 'इस साल मार्च', '2024-03'],
    ['अगले साल जनवरी में चुनाव होंगे।', 'अगले साल जनवरी', '2025-01'],
    ['पिछले वर्ष नवंबर में नियम बदला था।', 'पिछले वर्ष नवंबर', '2023-11'],
    // the month of the report in a relative year: the same month of that year
    ['पिछले साल के इसी महीने में संग्रह कम था।', 'पिछले साल के इसी महीने', '2023-06'],
    ['पिछले साल इस महीने संग्रह कम था।', 'पिछले साल इस महीने', '2023-06'],
    // a printed year's same month, which month unsaid: the year alone (was the report's month of the page's year)
    ['कंपनी ने 2021 के इसी माह में 900 पंप बेचे थे।', '2021 के इसी माह', '2021'],
    // "this very" month after a month named in the sentence is that month (of last year, with पिछले साल)
    ['मई में संग्रह पिछले साल के इसी महीने की तुलना में 65 प्रतिशत अधिक रहा।', 'पिछले साल के इसी महीने', '2023-05'],
    ['2019 में उन्होंने पार्टी छोड़ी और इसी साल नई पार्टी बनाई।', 'इसी साल', '2019'],
    // (in a present or future clause इसी is the current year or month, whatever was named before)
    ['2019 में शुरू हुआ एक्सप्रेसवे का काम इसी साल पूरा हो जाएगा।', 'इसी साल', '2024'],
    ['2014 में बनी मोदी सरकार इसी साल अपने 10 साल पूरे कर रही है।', 'इसी साल', '2024'],
    ['मार्च में लॉन्च हुआ फोन इसी महीने भारत में उपलब्ध होगा।', 'इसी महीने', '2024-06'],
    // (the same month a year before is a comparison's base in any tense)
    ['मई में राजस्व पिछले साल के इसी महीने की तुलना में 69 प्रतिशत अधिक रहा है।', 'पिछले साल के इसी महीने', '2023-05'],
    // (plain इस stays the report's: इस महीने after मई is still June)
    ['मई में संग्रह बढ़ा और इस महीने भी बढ़ेगा।', 'इस महीने', '2024-06'],
    // a month the relative year names, even when the month alone would be read in another year
    ['पिछले साल जुलाई में संग्रह कम था।', 'पिछले साल जुलाई', '2023-07'],
    ['पिछले साल जुलाई की तुलना में इस बार संग्रह 28% अधिक है।', 'पिछले साल जुलाई', '2023-07'],
    // a relative month or year right before the month or year it means, named: one date, the named one
    ['कंपनी ने पिछले महीने मई में 500 कारें बेचीं।', 'पिछले महीने मई', '2024-05'],
    // (a page of early June that still calls April last month)
    ['कंपनी ने पिछले महीने अप्रैल में 500 कारें बेचीं।', 'पिछले महीने अप्रैल', '2024-04'],
    ['पिछले साल 2023 में बिक्री घटी थी।', 'पिछले साल 2023', '2023'],
    ['इस साल 2024 में चुनाव हुए।', 'इस साल 2024', '2024'],
    // a weekday beside a printed day takes that day, even when the page got the weekday wrong
    ['बुधवार 26 दिसंबर 2025 को देश में क्या हुआ।', 'बुधवार', '2025-12-26'],
    ['शुक्रवार (14 जून) को नतीजे आए।', 'शुक्रवार', '2024-06-14'],
    // a relative day glossed by the printed day it names is that day (the page's date may be another)
    ['नगर निगम आज यानी 16 जून 2024 को नया बजट पेश करेगा।', 'आज यानी 16 जून 2024', '2024-06-16'],
    ['कल (19 जून) को बाजार बंद रहेगा।', 'कल (19 जून)', '2024-06-19'],
    ['आज 17 जून को शिविर लगा।', 'आज 17 जून', '2024-06-17'],
  ])('%s → %s', (sentence, expected, value) => {
    expectDate(sentence, expected, value);
  });

  it.each([
    // two days joined by और and followed by (के) बीच are one range
    ['बैठक 14 अगस्त, 2023 और 17 अगस्त, 2023 के बीच होगी।', '14 अगस्त, 2023 और 17 अगस्त, 2023', '2023-08-14', '2023-08-17'],
    ['मेला 12 जून और 15 जून के बीच लगा था।', '12 जून और 15 जून', '2024-06-12', '2024-06-15'],
  ])('%s → a range', (sentence, expected, value, end) => {
    expectDate(sentence, expected, value, end);
  });

  it.each([
    // without बीच the days stay apart; a later day first is no range
    ['12 जून और 15 जून को बारिश हुई।', ['12 जून', '15 जून']],
    ['बीच में 12 जून और 15 जून को छुट्टी रही।', ['12 जून', '15 जून']],
    ['15 जून और 12 जून के बीच कुछ नहीं हुआ।', ['15 जून', '12 जून']],
  ])('%s: no range', (sentence, texts) => {
    expect(datesIn(sentence).map((f) => [f.text, f.end])).toEqual(texts.map((t) => [t, undefined]));
  });

  it('keeps a relative year apart from a month that is not the same month', () => {
    expect(datesIn('पिछले साल अगले महीने की योजना बनी थी।').map((f) => f.text)).not.toContain('पिछले साल अगले महीने');
  });

  it('keeps a relative year apart from a printed year after it', () => {
    expect(datesIn('पिछले साल, 2023 में मंदी थी।').map((f) => f.text)).toEqual(['पिछले साल', '2023']);
  });

  it('keeps a relative month or year apart from a named one further away', () => {
    expect(datesIn('इस साल 2019 में हुई हिंसा की जांच पूरी होगी।').map((f) => f.text)).toEqual(['इस साल', '2019']);
    expect(datesIn('पिछले महीने फरवरी में लगे मेले का हिसाब मिला।').map((f) => f.text)).toEqual(['पिछले महीने', 'फरवरी']);
    // (a month after the relative one, a year one off: reviewer)
    expect(datesIn('पिछले महीने जून में बारिश हुई।').map((f) => f.text)).toEqual(['पिछले महीने', 'जून']);
    expect(datesIn('पिछले साल 2022 में बिक्री घटी थी।').map((f) => f.text)).toEqual(['पिछले साल', '2022']);
  });

  it('does not move a weekday to a day printed elsewhere in the sentence', () => {
    expectDate('सोमवार को बैठक हुई और 26 दिसंबर 2023 को फैसला आया था।', 'सोमवार', '2024-06-17');
  });

  it('does not read the pronoun यह as "this" before a weekday', () => {
    expect(datesIn('अंत में यह मंगलवार की तुलना में 190 अंक चढ़ा।').map((f) => f.text)).toEqual(['मंगलवार']);
  });
});

describe('a glossed relative day is one date, a coordinated one two', () => {
  it.each([
    ['नगर निगम आज यानी 16 जून 2024 को नया बजट पेश करेगा।', ['2024-06-16']],
    // (items of lists of days are no glosses of each other; a relative day after a printed one is glossed by the next)
    ['कल और परसों यानी 19 और 20 जून को बारिश होगी।', ['2024-06-19', '2024-06-20', '2024-06-19', '2024-06-20']],
    ['आज 18 जून और कल 19 जून को बारिश होगी।', ['2024-06-18', '2024-06-19']],
    // (with nothing but a space between, a printed day far from the relative one is another day: reviewer)
    ['पुलिस ने आज 2 जून को हुई लूट का खुलासा कर दिया।', ['2024-06-18', '2024-06-02']],
  ])('%s', (sentence, values) => {
    expect(datesIn(sentence).map((d) => d.value)).toEqual(values);
  });
});
