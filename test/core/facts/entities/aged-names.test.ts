import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[][] =>
  mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a name with a listed given name or surname right after an age is a person', () => {
  it.each([
    ['a list of the dead, each with an age', 'हादसे में 24 वर्षीय अंकित, 61 वर्षीय सुनीता और 27 वर्षीय सौरभ की मौत हो गई।', [['अंकित', 'Ankit'], ['सुनीता', 'Sunita'], ['सौरभ', 'Saurabh']]],
    ['a name before a kinship word', 'कार में सवार 32 वर्षीय अंकित पुत्र रामलाल घायल हो गए।', [['अंकित', 'Ankit'], ['रामलाल', 'Ramlal']]],
    ['a name before its case marker', 'पुलिस ने 45 वर्षीय सौरभ को गिरफ्तार कर लिया।', [['सौरभ', 'Saurabh']]],
    // in a list of the aged with a listed name, one-word names no list knows too; शामिल closes a name
    ['a list with unlisted names', 'मृतकों में 19 वर्षीय जोगा, 52 वर्षीय तिलकू और 30 वर्षीय सौरभ शामिल हैं।', [['जोगा', 'Joga'], ['तिलकू', 'Tilku'], ['सौरभ', 'Saurabh']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
