import { describe, expect, it } from 'vitest';
import { datesIn, expectDate } from './helpers.js';

describe('decades', () => {
  it.each([
    ['1990 के दशक में उदारीकरण शुरू हुआ।', '1990 के दशक', '1990', '1999'],
    ['90 के दशक में उदारीकरण शुरू हुआ।', '90 के दशक', '1990', '1999'],
    ['2010 का दशक तकनीक का रहा।', '2010 का दशक', '2010', '2019'],
    ['1970 के दशकों में हरित क्रांति फैली।', '1970 के दशकों', '1970', '1979'],
    ['In the 1980s India changed.', '1980s', '1980', '1989'],
  ])('%s → %s', (sentence, expected, value, end) => {
    const fact = expectDate(sentence, expected, value, end);
    expect(fact.granularity).toBe('year');
  });

  it.each([
    '1995 के दशक का कोई अर्थ नहीं।', // not a round ten: no decade range
    'पिछले दो दशकों में बदलाव आया।',
    '10 के दशक की बात है।', // two digits below 30: 1910s or 2010s
    'दशकों से यह समस्या बनी है।',
  ])('no decade: %s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.end !== undefined && f.granularity === 'year')).toEqual([]);
  });
});
