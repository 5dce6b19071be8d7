import { describe, expect, it } from 'vitest';
import { listedPlacesExtractor, mentionsOf } from './fixtures.js';

const extract = listedPlacesExtractor();
const places = (text: string): [string, string][] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => [m.en, m.text]);

describe('a place short form that is an everyday word counts inside a list of places', () => {
  it.each([
    ['चंडीगढ़, सूरत, नासिक जैसे बड़े शहरों में कीमतें बढ़ीं।', ['Surat', 'सूरत']],
    ['नासिक, चंडीगढ़ और सूरत में बारिश हुई।', ['Surat', 'सूरत']],
    ['सूरत, चंडीगढ़ व नासिक के व्यापारी पहुंचे।', ['Surat', 'सूरत']],
  ])('%s', (sentence, surat) => {
    expect(places(sentence)).toContainEqual(surat);
  });
});
