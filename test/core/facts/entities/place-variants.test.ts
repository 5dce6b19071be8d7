import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realExtractor } from './fixtures.js';

/** A bare name the gazetteer also lists with a place (एम्स, एम्स भोपाल) is that place's when the article names it. */
const sentences = (dateline: string | null, ...texts: string[]): Sentence[] => [
  ...(dateline === null ? [] : [{ index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE }]),
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const organisations = (list: Sentence[]): string[] =>
  [...new Set(realExtractor()(list).filter((m) => m.kind === 'organisation').map((m) => m.en))];

describe('a bare AIIMS is the one of the place the article names', () => {
  it.each([
    ['the place in its sentence (was AIIMS New Delhi)', sentences(null, 'जोधपुर में एम्स के डॉक्टरों ने पर्वतारोही के पैर का ऑपरेशन किया।'), ['All India Institute of Medical Sciences, Jodhpur']],
    ['the dateline place', sentences('पटना, 4 जून।', 'एम्स में नया कैंसर वार्ड खुला।'), ['All India Institute of Medical Sciences, Patna']],
    ['the one such place of the article, named in another sentence', sentences(null, 'मरीज को रायपुर लाया गया।', 'एम्स के डॉक्टरों ने उसकी जान बचाई।'), ['All India Institute of Medical Sciences, Raipur']],
  ] as [string, Sentence[], string[]][])('%s', (_name, list, expected) => {
    expect(organisations(list)).toEqual(expected);
  });
});
