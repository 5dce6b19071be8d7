import { describe, it } from 'vitest';
import { expectDate } from './helpers.js';

describe('a day of the month with no month: N तारीख (published 2024-06-18)', () => {
  it.each([
    // the month a date earlier in the sentence names
    ['7 मई को 9 लोगों की मौत हुई जिसके बाद 8 तारीख को 12 मरीजों की मौत हो गई।', '8 तारीख', '2024-05-08'],
    // else the latest month in which the day fell on or before publication
    ['अस्पताल में 11 तारीख को 7 मरीजों की मौत हुई।', '11 तारीख', '2024-06-11'],
    ['अस्पताल में 20 तारीख को 7 मरीजों की मौत हुई थी।', '20 तारीख', '2024-05-20'],
    // a future verb: the first such day on or after publication
    ['समिति की बैठक 20 तारीख को होगी।', '20 तारीख', '2024-06-20'],
    ['समिति की बैठक 5 तारीख को होगी।', '5 तारीख', '2024-07-05'],
    // a relative month right before it names its month: one date
    ['समिति की बैठक अगले महीने 2 तारीख को होगी।', 'अगले महीने 2 तारीख', '2024-07-02'],
    ['पिछले महीने की 30 तारीख को फैसला हुआ था।', 'पिछले महीने की 30 तारीख', '2024-05-30'],
    ['अगले महीने 31 तारीख को बैठक होगी।', 'अगले महीने 31 तारीख', '2024-07-31'],
    // a month without that day is skipped
    ['अस्पताल में 31 तारीख को 7 मरीजों की मौत हुई।', '31 तारीख', '2024-05-31'],
    ['बैठक 31 तारीख को होगी।', '31 तारीख', '2024-07-31'],
  ])('%s → %s', (sentence, expected, value) => {
    expectDate(sentence, expected, value);
  });
});
