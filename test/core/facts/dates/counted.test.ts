import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('counted offsets `N <unit> पहले` (published 2024-06-18)', () => {
  it.each([
    ['दो दिन पहले हुई बारिश से फसल खराब हुई।', 'दो दिन पहले', '2024-06-16'],
    ['मुख्यमंत्री ने तीन दिन पहले ही दावा किया था।', 'तीन दिन पहले', '2024-06-15'],
    ['दो हफ्ते पहले सेंसेक्स रिकॉर्ड पर था।', 'दो हफ्ते पहले', '2024-W23'],
    ['एक साल पूर्व इसी मैदान पर भारत हारा था।', 'एक साल पूर्व', '2023'],
    ['एक महीने पहले आईपीओ आया था।', 'एक महीने पहले', '2024-05'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expectDate(sentence, text, value);
  });

  it('counts from a date named earlier in the sentence', () => {
    expectDate('फाइनल 10 जून को हुआ और उससे दो दिन पहले सेमीफाइनल खेला गया।', 'दो दिन पहले', '2024-06-08');
    expectDate('उन्हें 2017 में सजा हुई, जबकि अपराध इससे तीन साल पहले हुआ था।', 'तीन साल पहले', '2014');
    // …but आज से / अब से counts from now, the report (reviewer: an adverb after से had dropped these)
    expectDate('आज से महज दो दिन पहले गांव में बारिश हुई थी।', 'दो दिन पहले', '2024-06-16');
    expectDate('अब से ठीक एक साल पहले यह पुल बना था।', 'एक साल पहले', '2023');
  });

  it.each([
    'मतदान से दो दिन पहले प्रचार थम गया।',
    // an adverb between से and the count: still before the event, not before the report
    'प्रधानमंत्री की यात्रा से ठीक दो सप्ताह पहले मंत्री भारत आए।',
    'परीक्षा से महज तीन दिन पहले पेपर लीक हो गया।',
    '24 साल बाद पुतिन उत्तर कोरिया पहुंचे हैं।',
    'पिछले छह साल से वह जेल में हैं।',
    'वह 48 घंटे पहले लापता हुआ।',
    'कुछ दिन पहले बारिश हुई थी।',
    '500 साल पहले यह मंदिर बना था।',
    'करीब 10 महीने पहले यानी 16 जनवरी 2021 को अभियान शुरू हुआ था।', // an approximate count is a duration
    'लगभग दो साल पहले यह पुल बना था।',
    // years or months counted back from the story are rounded: which year or month is not known (a 1997 murder is
    // "27 साल पहले" in a 2025 report), so no date — the span stays a quantity
    'कंपनी ने 5 साल पहले यह संयंत्र लगाया था।',
    'यह पुल ५ साल पहले बना था।',
    'छह महीने पहले आईपीओ आया था।',
    // a year named earlier is no base unless the sentence says so (इससे): the count is back from the report (reviewer)
    'उसकी शादी 2010 में हुई थी और पति की मौत दो साल पहले बीमारी से हो गई।',
    // भी after the count ties it to an event of the story (also a day before the clash), not to the report
    'ग्रामीणों ने बताया कि दोनों पक्षों में एक दिन पहले भी झगड़ा हुआ था।',
    'पुलिस के अनुसार आरोपी दो दिन पहले भी गांव आया था।',
  ])('no counted date in %s', (sentence) => {
    const texts = datesIn(sentence).map((f) => f.text);
    expect(texts.filter((t) => /पहले|बाद/u.test(t))).toEqual([]);
  });
});
