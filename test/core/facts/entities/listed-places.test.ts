import { describe, expect, it } from 'vitest';
import { listedPlacesExtractor, mentionsOf, realExtractor } from './fixtures.js';

const extract = listedPlacesExtractor();
const places = (text: string): [string, string][] => mentionsOf(text, extract).filter((m) => m.kind === 'place').map((m) => [m.en, m.text]);

describe('a place short form that is an everyday word counts inside a list of places', () => {
  it.each([
    ['चंडीगढ़, सूरत, नासिक जैसे बड़े शहरों में कीमतें बढ़ीं।', ['Surat', 'सूरत']],
    ['नासिक, चंडीगढ़ और सूरत में बारिश हुई।', ['Surat', 'सूरत']],
    ['सूरत, चंडीगढ़ व नासिक के व्यापारी पहुंचे।', ['Surat', 'सूरत']],
    // a never-name word (गया = went) that names a place counts only in such a list
    ['बीते 24 घंटों में गया, नासिक और चंडीगढ़ में वर्षा हुई।', ['Gaya, India', 'गया']],
    ['नासिक, चंडीगढ़ और गया में वर्षा हुई।', ['Gaya, India', 'गया']],
  ])('%s', (sentence, surat) => {
    expect(places(sentence)).toContainEqual(surat);
  });
});

describe('a place the gazetteer knows in one city', () => {
  const city = realExtractor();
  const en = (text: string): string[] => mentionsOf(text, city).filter((m) => m.kind === 'place').map((m) => m.en);
  it('is that city\'s when named alone or after that city', () => {
    expect(en('दिल्ली के जवाहरलाल नेहरू स्टेडियम में मुकाबला खेला गया।')).toContain('Jawaharlal Nehru Stadium (Delhi)');
    expect(en('जवाहरलाल नेहरू स्टेडियम में मुकाबला खेला गया।')).toContain('Jawaharlal Nehru Stadium (Delhi)');
  });
});

