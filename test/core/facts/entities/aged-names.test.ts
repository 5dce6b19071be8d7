import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[][] =>
  mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a name right after an age is a person', () => {
  it.each([
    ['a list of the dead, each with an age', 'हादसे में 24 वर्षीय टिंकू, 61 वर्षीय भोलाराम और 27 वर्षीय गुड्डू की मौत हो गई।', [['टिंकू', 'Tinku'], ['भोलाराम', 'Bholaram'], ['गुड्डू', 'Guddu']]],
    ['a name before a kinship word', 'कार में सवार 32 वर्षीय भोलाराम पुत्र रामलाल घायल हो गए।', [['भोलाराम', 'Bholaram'], ['रामलाल', 'Ramlal']]],
    ['a name before its case marker', 'पुलिस ने 45 वर्षीय झब्बू को गिरफ्तार कर लिया।', [['झब्बू', 'Jhabbu']]],
    // (a listed given name needs no close: `… सचिन शामिल हैं`)
    ['a listed given name at a list\'s end', 'मृतकों में 27 वर्षीय अंकित शामिल हैं।', [['अंकित', 'Ankit']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
