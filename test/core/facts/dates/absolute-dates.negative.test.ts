import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('not absolute dates', () => {
  it.each([
    'मार्च 5 किलोमीटर लंबा था।', // a month name before a number that is not a day
    'आदेश 13/14/2024 को जारी हुआ।', // neither order is a calendar day
    'आदेश 31/02/2024 को जारी हुआ।',
    'आदेश 2024-13-01 को जारी हुआ।',
    'आदेश 14.03.20244 को जारी हुआ।',
    'पुलिस ने FIR 123/2024 दर्ज की।',
    'केस नंबर 1234/2023 की सुनवाई हुई।',
    'रेल 12/14/16 डिब्बों की चलती है।',
    'स्कोर 14-03-2 रहा।',
    // (a month glued to a longer number is no day of it)
    'यह 2024जून की बात है।',
    'कुल 120जून तक भेजे गए।',
    // (an id's figure glued to a month: reviewer)
    'ट्रेन संख्या 12मई के पास रुकी।',
    'प्लॉट संख्या 4अप्रैल में था।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.granularity === 'day').map((f) => f.text)).toEqual([]);
  });
});

describe('two digits after a day and month that are a count, not a year', () => {
  it.each([
    // a counted noun follows: the day is yearless, the digits count people
    ['26 सितंबर 19 लोगों को गिरफ्तार किया गया।', '26 सितंबर'],
    ['14 मार्च 20 किसानों ने धरना दिया।', '14 मार्च'],
    // three digits are no short year
    ['5 मई 198 को कुछ नहीं हुआ।', '5 मई'],
    // (reviewer) a comparison after the digits counts them; a data row's figures are no years
    ['राज्य में 17 जून 45 से अधिक लोगों की लू से मौत हुई।', '17 जून'],
  ])('%s', (sentence, dayOnly) => {
    expect(datesIn(sentence).map((f) => f.text)).toEqual([dayOnly]);
  });
});

describe('a data row of days and figures', () => {
  it('18 जून 12, 19 जून 15: yearless days, no year 2012 or 2015 (reviewer)', () => {
    expect(datesIn('कोरोना के नए मामले: 18 जून 12, 19 जून 15, 20 जून 18').map((f) => f.text)).toEqual(['18 जून', '19 जून', '20 जून']);
  });
});
