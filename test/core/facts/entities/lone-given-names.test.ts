import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[][] =>
  mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a listed given name said alone before a case marker or a bracket is a person', () => {
  it.each([
    ['a candidate and the votes', 'अध्यक्ष पद पर मनीष को 412 मत मिले।', [['मनीष', 'Manish']]],
    ['the arrested, two names', 'पुलिस ने सुरेश तथा मुकेश को गिरफ्तार कर लिया।', [['सुरेश', 'Suresh'], ['मुकेश', 'Mukesh']]],
    ['ranks in brackets', 'अंतिम दौर में नितेश (प्रथम) और हितेश (द्वितीय) रहे।', [['नितेश', 'Nitesh'], ['हितेश', 'Hitesh']]],
    ['after a person\'s noun', 'पुलिस ने आरोपी मुकेश को जेल भेज दिया।', [['मुकेश', 'Mukesh']]],
    ['a victim before की', 'हादसे में सुनीता की मौत हो गई।', [['सुनीता', 'Sunita']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
