import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a result cue after no name names no one', () => {
  it.each([
    ['an everyday word before the votes', 'प्रत्याशी को 70 मत मिले।', []],
    ['a pronoun', 'उन्हें कुल 640 मत मिले।', []],
    ['NOTA in a table', 'भाजपा को 900 वोट और नोटा को 40 वोट मिले।', []],
    ['a party\'s acronym, even in a table', 'केएसपी को 640 वोट मिले, जबकि भाजपा को 900 वोट मिले।', []],
    ['an unlisted word alone, no table', 'तिलकधारी को 512 मत मिले।', []],
    // a village or a team gets votes and ranks too: an unlisted word is no one, even in a table (reviewer)
    ['villages in a table of votes', 'मंगलपुर को 812 मत और सोनगढ़ी को 640 मत मिले।', []],
    ['villages in a table of ranks', 'कबड्डी में चकसराय (प्रथम), बरहरा (द्वितीय) और नवादीह (तृतीय) रहे।', []],
    ['teams in a table of ranks', 'खो-खो में बालिका टीम (प्रथम) और बालक टीम (द्वितीय) रही।', []],
    ['a deity\'s name alone', 'राम को 200 मत मिले।', []],
    ['a single rank in brackets, no table', 'प्रतियोगिता में नवोदय (प्रथम) रहा।', []],
    ['no count of votes after the marker', 'गौरव को 287 रुपये मिले।', []],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it('a name cut after an everyday word before a surname is no name', () => {
    expect(people('निर्दलीय उमराव सिंह भाटी को 4210 वोट मिले।')).not.toContain('सिंह भाटी');
  });
});
