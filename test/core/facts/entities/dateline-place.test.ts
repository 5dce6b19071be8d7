import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { testExtractor } from './fixtures.js';

const dateline = (text: string): Sentence => ({ index: DATELINE_SENTENCE, text, paragraph: DATELINE_SENTENCE });
const places = (sentence: Sentence): { en: string; text: string }[] =>
  testExtractor()([sentence]).filter((m) => m.kind === 'place').map((m) => ({ en: m.en, text: m.text }));

describe('the place of a dated dateline the gazetteer does not know', () => {
  it.each([
    ['निरमण्ड,9 सितंबर।', 'Nirmand', 'निरमण्ड'],
    ['जोगिंदर नगर, 12 मार्च (हि.स.)।', 'Joginder Nagar', 'जोगिंदर नगर'],
  ])('%s → %s', (text, en, hi) => {
    expect(places(dateline(text))).toEqual([{ en, text: hi }]);
  });
});

describe('no place from a dateline', () => {
  it.each([
    // no date after the words: a kicker, not a place
    ['उपचुनाव:', dateline('उपचुनाव:')],
    // everyday words, an acronym, an English participle
    ['आवेदन तिथि : 30 जून।', dateline('आवेदन तिथि : 30 जून।')],
    ['जीएसटी, 1 जुलाई।', dateline('जीएसटी, 1 जुलाई।')],
    ['अपडेटेड, 9 सितंबर।', dateline('अपडेटेड, 9 सितंबर।')],
    // a colon may follow a topic (कोविड : 12 अप्रैल।): no place after a colon
    ['सासनी: 6 अक्टूबर।', dateline('सासनी: 6 अक्टूबर।')],
    ['कोविड : 12 अप्रैल।', dateline('कोविड : 12 अप्रैल।')],
    // the same words opening a body sentence are no dateline
    ['a body sentence', { index: 0, text: 'निरमण्ड, 9 सितंबर को भूस्खलन हुआ।', paragraph: 0 }],
  ])('%s', (_name, sentence) => {
    expect(places(sentence)).toEqual([]);
  });

  it('a known place is the gazetteer\'s, once', () => {
    expect(places(dateline('मुंबई, 9 सितंबर (भाषा)।'))).toEqual([{ en: 'Mumbai', text: 'मुंबई' }]);
  });
});
