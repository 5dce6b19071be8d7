import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('days written in words (published 2024-06-18)', () => {
  it.each([
    // [sentence, expected text, value, end?]
    ['कोलकाता, नौ मई (भाषा) कंपनी का लाभ बढ़ा।', 'नौ मई', '2024-05-09', undefined],
    ['उसने दो मई को इस्तीफा दिया था।', 'दो मई', '2024-05-02', undefined],
    ['पहली जनवरी 2024 से नियम लागू हुआ।', 'पहली जनवरी 2024', '2024-01-01', undefined],
    ['नई दिल्ली, पंद्रह अगस्त 2023 को झंडा फहराया गया।', 'पंद्रह अगस्त 2023', '2023-08-15', undefined],
    ['एक मार्च से 14 मार्च तक परीक्षाएं हुईं।', 'एक मार्च से 14 मार्च', '2024-03-01', '2024-03-14'],
    ['परीक्षाएं एक से पांच मार्च तक चलीं।', 'एक से पांच मार्च', '2024-03-01', '2024-03-05'],
    ['बैठक इक्कीस जून को होगी।', 'इक्कीस जून', '2024-06-21', undefined],
  ])('%s → %s', (sentence, expected, value, end) => {
    expectDate(sentence, expected, value, end);
  });

  it.each([
    'किसानों ने एक मार्च निकाला।', // a protest march
    'तीन मार्च में सैकड़ों लोग पहुंचे।',
    'इकतीस जून जैसी कोई तारीख नहीं होती।', // no such day
  ])('no day in %s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.granularity === 'day')).toEqual([]);
  });
});
