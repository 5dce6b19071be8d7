import { describe, expect, it } from 'vitest';
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
