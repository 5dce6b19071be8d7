import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a group\'s list that is no list of names names no one', () => {
  it.each([
    ['counted nouns', 'घायलों में तीन बच्चे और दो बुजुर्ग शामिल हैं।'],
    ['feelings', 'लोगों में गुस्सा और निराशा शामिल है।'],
    ['no closer after the list', 'घायलों में मुकेश, तरुण और नितिन अस्पताल पहुंचे।'],
    ['one item alone', 'घायलों में नितिन शामिल है।'],
    ['an everyday word among the names', 'समिति के सदस्यों में मुकेश, किसान और तरुण शामिल हैं।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
