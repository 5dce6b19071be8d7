import { describe, expect, it } from 'vitest';
import { listedPlacesExtractor, mentionsOf, realExtractor } from './fixtures.js';

const extract = listedPlacesExtractor();
const ens = (text: string): string[] => mentionsOf(text, extract).map((m) => m.en);

describe('an everyday word next to a place, but not in a list with it, is no place', () => {
  it.each([
    // सूरत = situation, appearance
    ['इस सूरत में नासिक जाना होगा।'],
    ['नासिक की सूरत बदल गई।'],
    ['किसी भी सूरत में नासिक का विकास रुकेगा नहीं।'],
    // one full place beside it is no list of places
    ['नासिक और सूरत में बारिश हुई।'],
  ])('%s', (sentence) => {
    expect(ens(sentence)).not.toContain('Surat');
  });
});

describe('गया (went) after places is the verb, not Gaya', () => {
  it.each([
    ['वह नासिक गया और फिर चंडीगढ़ गया।'],
    // a list after it does not make it a place: right after a name or a word it is the verb
    ['पहले वह नासिक गया, चंडीगढ़ और सूरत शहर में भी रुका।'],
    ['वह नासिक, चंडीगढ़ होते हुए घर गया।'],
    // two never-name words do not make a list for each other
    ['नासिक और गया, गया में बारिश हुई।'],
  ])('%s', (sentence) => {
    expect(ens(sentence)).not.toContain('Gaya, India');
  });
});

it('a place the gazetteer knows in one city is not that city\'s after another city and a genitive', () => {
  const city = realExtractor();
  const en = mentionsOf('मडगांव के जवाहरलाल नेहरू स्टेडियम में मुकाबला खेला गया।', city).map((m) => m.en);
  expect(en).not.toContain('Jawaharlal Nehru Stadium (Delhi)');
});

