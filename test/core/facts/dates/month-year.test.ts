import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('month and year', () => {
  it.each([
    ['प्योंगयांग की उनकी अंतिम यात्रा जुलाई 2000 में हुई थी।', 'जुलाई 2000', '2000-07'],
    ['नवंबर 2023 में, उत्तर कोरिया ने उपग्रह को कक्षा में स्थापित किया।', 'नवंबर 2023', '2023-11'],
    ['यह यात्रा सितंबर 2023 में हुए शिखर सम्मेलन के बाद हो रही है।', 'सितंबर 2023', '2023-09'],
    ['खुदरा महंगाई मई 2024 में 4.75 प्रतिशत रही।', 'मई 2024', '2024-05'],
    ['निफ्टी ने मार्च, 2024 में रिकॉर्ड बनाया।', 'मार्च, 2024', '2024-03'],
    ['आदित्य-एल1 सितम्बर २०२३ में लॉन्च हुआ।', 'सितम्बर २०२३', '2023-09'],
    ['The policy took effect in June 2024 देशभर में।', 'June 2024', '2024-06'],
    ['जीएसटी जुलाई 2017 से लागू हुआ।', 'जुलाई 2017', '2017-07'],
    ['नोटबंदी की घोषणा नवम्बर 2016 में हुई थी।', 'नवम्बर 2016', '2016-11'],
  ])('%s → %s', (sentence, expected, value) => {
    const fact = expectDate(sentence, expected, value);
    expect(fact.granularity).toBe('month');
    expect(fact.kind).toBe('absolute');
  });

  it.each([
    // published 2024-06-18
    ['संयुक्त राष्ट्र के निगरानीकर्ताओं ने कहा कि जनवरी में दागी गई मिसाइल उत्तर कोरिया में बनी थी।', 'जनवरी', '2024-01'],
    ['मई के अंत में, उपग्रह लॉन्च करने का प्रयास विफल हो गया।', 'मई के अंत', '2024-05'],
    ['अगस्त में दक्षिण-पश्चिम मानसून सामान्य रहेगा।', 'अगस्त', '2024-08'],
    ['आरबीआई ने फरवरी में रेपो दर में कोई बदलाव नहीं किया था।', 'फरवरी', '2024-02'],
    // past tense and a month after publication: the year before
    ['दिसंबर में हुए विधानसभा चुनावों में भाजपा ने तीन राज्य जीते थे।', 'दिसंबर', '2023-12'],
    // future tense and a month before publication: the year after
    ['अगला आम बजट फरवरी में पेश किया जाएगा।', 'फरवरी', '2025-02'],
    ['परीक्षाएं जुलाई की शुरुआत में होंगी।', 'जुलाई की शुरुआत', '2024-07'],
    ['मानसून जून के अंत तक दिल्ली पहुंचेगा।', 'जून के अंत तक', '2024-06'],
    ['सितंबर महीने में बारिश सामान्य से अधिक रही।', 'सितंबर', '2023-09'],
    // a month compared with another
    ['फरवरी की तुलना में बिक्री 12% बढ़ी।', 'फरवरी', '2024-02'],
    // a year named earlier in the sentence
    ['2022 में मार्च से पहले ही यह फैसला हो चुका था।', 'मार्च', '2022-03'],
  ])('bare month %s → %s', (sentence, expected, value) => {
    const fact = expectDate(sentence, expected, value);
    expect(fact.granularity).toBe('month');
    expect(fact.kind).toBe('inferred');
  });

  it.each([
    // a bare month in a past clause is the latest such month before publication
    ['इससे पहले नवंबर में भी हमला हुआ था।', 'नवंबर', '2023-11', '2024-03-10'],
    ['सरकार ने मार्च में घोषणा की थी।', 'मार्च', '2024-03', '2024-06-18'],
    ['इस साल मार्च में चुनाव होंगे।', 'इस साल मार्च', '2024-03', '2024-02-10'],
    ['मार्च से पहले परीक्षा होगी।', 'मार्च', '2025-03', '2024-06-18'],
  ])('bare month %s → %s (published %s)', (sentence, expected, value, published) => {
    expectDate(sentence, expected, value, undefined, published);
  });

  // a year inferred for one bare month is no year the text gives: the next bare month takes its own
  it.each([
    ['दिसंबर में 3 दिन और जनवरी में 10 दिन पारा 8 डिग्री से नीचे आया।', '2024-01-28', [['दिसंबर', '2023-12'], ['जनवरी', '2024-01']]],
    ['नवंबर में पहली बैठक हुई थी और फरवरी में दूसरी।', '2024-03-10', [['नवंबर', '2023-11'], ['फरवरी', '2024-02']]],
    // (a year the text gives still carries on: both months of 2022)
    ['2022 में नवंबर में पहली बैठक हुई थी और फरवरी में दूसरी।', '2024-03-10', [['2022', '2022'], ['नवंबर', '2022-11'], ['फरवरी', '2022-02']]],
  ])('%s (published %s)', (sentence, published, expected) => {
    expect(datesIn(sentence, published).map((d) => [d.text, d.value])).toEqual(expected);
  });
});
