import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[][] =>
  mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);

describe('a crime or accident report names a person outright', () => {
  it.each([
    ['after a person\'s की पहचान, before के रूप में', 'पुलिस के अनुसार मृतक की पहचान अंकित के रूप में हुई है।', [['अंकित', 'Ankit']]],
    ['an age between the cue and the name', 'शव की पहचान 42 वर्षीय सौरभ के रूप में की गई।', [['सौरभ', 'Saurabh']]],
    // (a name the lists do not know, before a bracketed age or a kinship word)
    ['an age in brackets after the name', 'घायल की पहचान भोलाराम (42) के रूप में हुई।', [['भोलाराम', 'Bholaram']]],
    ['two people identified together', 'दोनों की पहचान अंकित और सौरभ के रूप में हुई।', [['अंकित', 'Ankit'], ['सौरभ', 'Saurabh']]],
    ['a name after का नाम, before बताया', 'हादसे में घायल युवक का नाम सौरभ बताया जा रहा है।', [['सौरभ', 'Saurabh']]],
    // (before a copula only a listed given name or surname: see the negative cases)
    ['the name after का नाम है, before a copula', 'पकड़े गए आरोपी का नाम है अंकित है।', [['अंकित', 'Ankit']]],
    ['two people named one after the other', 'एक बच्चे का नाम अंकित और दूसरे का नाम बबलू बताया गया।', [['अंकित', 'Ankit'], ['बबलू', 'Bablu']]],
    // a given name the gazetteer leaves unsure alone is the person's whole name here
    ['a name before नाम के and a person\'s noun', 'पुलिस ने रमेश नाम के एक युवक को हिरासत में लिया।', [['रमेश', 'Ramesh']]],
    ['a name before नामक', 'गांव में सुरेश नामक किसान की मौत हो गई।', [['सुरेश', 'Suresh']]],
    ['a name before नाम के and a robber', 'पुलिस ने लूट में शामिल सौरभ नाम के एक लुटेरे को पकड़ा।', [['सौरभ', 'Saurabh']]],
    ['a full name before नाम के', 'यह शव लापता हुए सौरभ केलकर नाम के व्यक्ति का है।', [['सौरभ केलकर', 'Saurabh Kelkar']]],
    // the name of a soldier, a policeman, a passenger … (their nouns own a name as a victim's does)
    ['after a soldier\'s का नाम', 'मुठभेड़ में शहीद जवान का नाम चेतराम सिंह है।', [['चेतराम सिंह', 'Chetram Singh']]],
    // a given name that is also a word (विशाल = huge, गौरव = pride) before a strong end: the cue says it is a name
    ['a given name that is a word, before बताया', 'नहर में डूबे किशोर का नाम विशाल बताया जा रहा है।', [['विशाल', 'Vishal']]],
    ['a given name that is a word, before के रूप में', 'पुलिस ने घायल की पहचान गौरव के रूप में की है।', [['गौरव', 'Gaurav']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
