import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { mentionsOf, realExtractor } from './fixtures.js';

const places = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'place').map((m) => m.en);

describe('a foreign place named by an everyday word stays where the article names its country', () => {
  it.each([
    ['the country named', 'नेपाल के पोखरा में पर्यटकों की भीड़ रही।', ['Nepal', 'Pokhara']],
    ['another place of that country named', 'पोखरा से काठमांडू के लिए उड़ानें बढ़ीं।', ['Pokhara', 'Kathmandu']],
  ])('%s', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a report datelined there keeps the place (reviewer: every mention was dropped)', () => {
  it('the dateline alone names it', () => {
    const list: Sentence[] = [{ index: DATELINE_SENTENCE, text: 'पोखरा, 3 मई।', paragraph: DATELINE_SENTENCE }, { index: 0, text: 'पोखरा में झील किनारे मेला लगा।', paragraph: 0 }];
    expect([...new Set(realExtractor()(list).filter((m) => m.kind === 'place').map((m) => m.en))]).toEqual(['Pokhara']);
  });
});

describe("a colony name many towns share stays Delhi's where the article names Delhi or a place in it", () => {
  it.each([
    ['Delhi named', 'दिल्ली के ग्रीन पार्क इलाके में आग लगी।', ['Delhi', 'Green Park, Delhi']],
    ['another Delhi place named, the name printed as one word', 'महरौली और ग्रीनपार्क में बिजली गुल रही।', ['Mehrauli', 'Green Park, Delhi']],
  ])('%s', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
