import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('coordinated days and years (published 2024-06-18)', () => {
  it.each([
    // [sentence, expected text, value]: every member of the list is a date with its own span
    ['मतदान 5 और 6 जून को हुआ।', '5', '2024-06-05'],
    ['मतदान 5 और 6 जून को हुआ।', '6 जून', '2024-06-06'],
    ['बैठक 1, 2 और 3 जुलाई को होगी।', '1', '2024-07-01'],
    ['बैठक 1, 2 और 3 जुलाई को होगी।', '2', '2024-07-02'],
    ['बैठक 1, 2 और 3 जुलाई को होगी।', '3 जुलाई', '2024-07-03'],
    ['मेले 12 व 13 अक्टूबर 2023 को लगे।', '12', '2023-10-12'],
    ['परीक्षाएं 9 एवं 10 जनवरी को होंगी।', '9', '2025-01-09'],
    ['परीक्षाएं 9 एवं 10 जनवरी को होंगी।', '10 जनवरी', '2025-01-10'],
    ['Exams were held on 9 and 10 March 2024 across the state.', '9', '2024-03-09'],
    // a yearless day before a day with a printed year takes that year
    ['यात्रा 31 जुलाई और 2 अगस्त 2023 को हुई।', '31 जुलाई', '2023-07-31'],
    ['मतदान 5 दिसंबर और 19 दिसंबर 2023 को हुआ।', '5 दिसंबर', '2023-12-05'],
    ['मतदान 5 दिसंबर और 19 दिसंबर 2023 को हुआ।', '19 दिसंबर 2023', '2023-12-19'],
    // years
    ['2019 और 2024 के लोकसभा चुनाव में भाजपा जीती।', '2019', '2019'],
    ['2014, 2019 और 2024 में चुनाव हुए।', '2014', '2014'],
    ['2014, 2019 और 2024 में चुनाव हुए।', '2019', '2019'],
    ['2014, 2019 और 2024 में चुनाव हुए।', '2024', '2024'],
  ])('%s → %s', (sentence, expected, value) => {
    expectDate(sentence, expected, value);
  });

  it('gives each member its own span and no number', () => {
    const facts = datesIn('परीक्षा 9 और 10 मार्च 2025 को होगी।');
    expect(facts.map((f) => [f.text, f.span.start, f.value])).toEqual([
      ['9', 8, '2025-03-09'],
      ['10 मार्च 2025', 13, '2025-03-10'],
    ]);
  });
});
