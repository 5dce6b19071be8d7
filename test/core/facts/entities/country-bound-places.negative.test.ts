import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const places = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'place').map((m) => m.en);

describe('the everyday word is no foreign place where the article names no place of its country', () => {
  it.each([
    ['a pond of a village (was Pokhara)', 'गांव के पूरब पोखरा पर छठ व्रतियों ने अर्घ्य दिया।'],
    ['a pond beside an Indian district', 'सीवान में पोखरा में डूबने से बालक की मौत हो गई।'],
  ])('%s', (_name, text) => {
    expect(places(text)).not.toContain('Pokhara');
  });
});

describe("a colony name many towns share is no Delhi locality where the article names no place of Delhi", () => {
  it.each([
    ['a stadium of another city (was Green Park, Delhi)', 'टीमों ने ग्रीनपार्क स्टेडियम में अभ्यास किया।'],
    ["another state's town named", 'लुधियाना के मॉडल टाउन में चोरी हुई।'],
  ])('%s', (_name, text) => {
    expect(places(text).filter((p) => p.endsWith('Delhi'))).toEqual([]);
  });
});
