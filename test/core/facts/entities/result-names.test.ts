import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('the people of a result table, named by their votes or rank, are people', () => {
  it.each([
    ['a given name that is a word too, with the votes it got', 'कोषाध्यक्ष पद पर गौरव को 287 मत मिले।', ['गौरव']],
    ['the winner before ने and the count', 'महासचिव के चुनाव में प्रतिभा ने 402 मत पाकर जीत हासिल की।', ['प्रतिभा']],
    ['a loser named in brackets with the votes', 'उपाध्यक्ष पद पर हेमलता ने 402 मत लेकर प्रतिभा (377 मत) को हराया।', ['हेमलता', 'प्रतिभा']],
    ['a count with its scale words', 'निर्दलीय दीपक को 1 लाख 2 हजार 40 वोट मिले।', ['दीपक']],
    ['a table: each listed name', 'वार्ड 4 में प्रतिभा ने 512 मत पाए, जबकि गौरव को 230 मत मिले।', ['प्रतिभा', 'गौरव']],
    ['a table of ranks in brackets', 'दौड़ में पूनम (प्रथम), प्रतिभा (द्वितीय) और गौरव (तृतीय) रहे।', ['पूनम', 'प्रतिभा', 'गौरव']],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
