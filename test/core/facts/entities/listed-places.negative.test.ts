import { describe, expect, it } from 'vitest';
import { listedPlacesExtractor, mentionsOf } from './fixtures.js';

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
