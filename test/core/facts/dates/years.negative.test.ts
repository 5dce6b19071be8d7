import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

/** Four-digit numbers that are counts, money, codes, ids or sections, never years. */
describe('not years', () => {
  it.each([
    'राज्य में 2041 मामले दर्ज हुए।',
    '1500 लोग सभा में शामिल हुए।',
    '2000 रुपये का नोट बंद हुआ।',
    'बजट 2000 करोड़ रुपये का है।',
    'चुनाव 2000 उम्मीदवार लड़ रहे हैं।',
    'विधानसभा चुनाव 2024 सीटों पर लड़ा गया।',
    'भारत ने 20 ओवर में 187/5 रन बनाए।',
    'उसका नंबर 9876543210 है।',
    'पुलिस ने FIR 123/2024 दर्ज की।',
    'एफआईआर संख्या 45/2024 के तहत मामला दर्ज हुआ।',
    'नंबर 2024 वाली बस पलट गई।',
    'ऐप का 2024.1 संस्करण जारी हुआ।',
    'बैठक 10:30 बजे हुई।',
    'उन्हें 2019 वोट मिले।',
    'कुल 2024 आवेदन आए।',
    'वोटिंग 2024 बूथों पर हुई।',
    'आरोपी पर धारा 2023 के तहत केस दर्ज हुआ।',
    'ट्रेन 2019 दिल्ली से चलती है।',
    'उसने 1999 रन बनाए।',
    'परियोजना पर 2500 करोड़ रुपये खर्च होंगे।',
    // the first of a range of prices is a price too, as the second is
    'मंडी में बाजरा 2150 से 2175 रुपए के बीच बिका।',
    'गेहूं 2150-2200 रुपये क्विंटल बिका।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.granularity === 'year').map((f) => f.text)).toEqual([]);
  });
});

describe('the figure of a year named right before it', () => {
  it('2019 में 2036, 2018 में 2798: each year keeps its count, no count is a year (fresh-m: "when: … 2036 …")', () => {
    const years = datesIn('वहीं 2019 में 2036, 2018 में 2798 और 2017 में 4726 मामलों की पुष्टि हुई थी।').map((f) => f.text);
    expect(years).toEqual(['2019', '2018', '2017']);
  });
  it('…but a year before तक is a year (2015 में 2022 तक, reviewer)', () => {
    expect(datesIn('सरकार ने 2015 में 2022 तक सबको घर देने का वादा किया था।').map((f) => f.text)).toEqual(['2015', '2022']);
  });
});

describe('a year word that ends a relative year names no year after it (reviewer: "built coach in 1500")', () => {
  it.each([
    ['कारखाने ने इस साल 1500 कोच बनाए।', '1500'],
    ['पिछले वर्ष 2000 पेड़ लगाए गए थे।', '2000'],
  ])('%s', (sentence, figure) => {
    expect(datesIn(sentence).map((f) => f.text).filter((t) => t.includes(figure))).toEqual([]);
  });
});
