import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[][] =>
  mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a listed given name said alone before a case marker or a bracket is a person', () => {
  it.each([
    ['a candidate and the votes', 'अध्यक्ष पद पर मनीष को 412 मत मिले।', [['मनीष', 'Manish']]],
    ['the arrested, two names', 'पुलिस ने सोनू तथा बबलू को गिरफ्तार कर लिया।', [['सोनू', 'Sonu'], ['बबलू', 'Bablu']]],
    ['ranks in brackets', 'अंतिम दौर में प्रदीप (प्रथम) और संजीव (द्वितीय) रहे।', [['प्रदीप', 'Pradeep'], ['संजीव', 'Sanjiv']]],
    ['after a person\'s noun', 'पुलिस ने आरोपी सोनू को जेल भेज दिया।', [['सोनू', 'Sonu']]],
    ['a victim before की', 'हादसे में सुनीता की मौत हो गई।', [['सुनीता', 'Sunita']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
