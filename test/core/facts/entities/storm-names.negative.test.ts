import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const places = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'place').map((m) => `${m.text}=${m.en}`);

describe('a place a storm reaches stays a place', () => {
  it.each([
    ['चक्रवात ओडिशा तट से टकराया।', ['ओडिशा=Odisha']],
    ['चक्रवाती तूफान मुंबई तट के पास पहुंचा।', ['मुंबई=Mumbai']],
    ['चक्रवाती तूफान गाजा के तट पर पहुंचा।', ['गाजा=Gaza']],
    ['चक्रवाती तूफान गुजरात में तबाही मचा सकता है।', ['गुजरात=Gujarat']],
    ['चक्रवात के कारण गाजा में बिजली गुल रही।', ['गाजा=Gaza']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
