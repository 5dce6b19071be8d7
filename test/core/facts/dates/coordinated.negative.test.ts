import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('not coordinated dates', () => {
  it.each([
    // [sentence, text that must not be a date]
    ['कक्षा 25, 10 मार्च को खुलेगी।', '25'], // a comma alone coordinates nothing
    ['सूची में 3, 5 जनवरी के मामले हैं।', '3'], // …nor two days that do not follow each other
    ['उसने कहा कि चार, छह जनवरी तक सब ठीक था।', 'चार'], // days in words that do not follow each other
    ['प्रदेश में कक्षा 9, 10 जनवरी से खुलेंगी।', '9'], // classes 9 and 10 (reviewer)
    ['कक्षा 25, 30, 10 मार्च को खुलेगी।', '25'], // a comma list of days ascends
    ['सीटें 7, 9, 10 मार्च को गिनी गईं। कुल 120, 14 मार्च को आए।', '120'], // no day of a month is 120
    ['वार्ड 5 और 12 मार्च को हुए मतदान के नतीजे आए।', '5'], // a ward number
    ['15 और 10 मार्च को बैठकें हुईं।', '15'], // members of a list of days ascend
    ['कुल 2000 और 1500 में से 300 चुने गए।', '2000'],
    ['पहले और दूसरे दिन 5 और 10 विकेट गिरे।', '5'],
    ['उन्होंने 500 और 2024 में कहा।', '500'],
    ['1500 और 2000 रुपये के नोट जारी हुए।', '1500'],
    ['बल्लेबाज ने 45 और 60 रन बनाए, मैच 10 मार्च को था।', '45'],
    ['उसने एक और दो मार्च निकाले।', 'एक'], // protest marches
    ['तीन और दो जून को बैठकें हुईं।', 'तीन'], // members ascend
  ])('%s: no %s', (sentence, text) => {
    expect(datesIn(sentence).map((f) => f.text)).not.toContain(text);
  });
});
