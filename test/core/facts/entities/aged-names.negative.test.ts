import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('no one is named by an age before a person\'s noun or a thing', () => {
  it.each([
    ['a young man', 'हादसे में 35 वर्षीय युवक की मौत हो गई।'],
    ['a middle-aged man (no everyday word, a person\'s noun)', 'गांव के 50 वर्षीय अधेड़ की हत्या कर दी गई।'],
    ['a newly married woman', 'ससुराल में 22 वर्षीय नवविवाहिता ने फांसी लगा ली।'],
    ['a history of forty years', 'संस्था ने अपना 40 वर्षीय इतिहास बताया।'],
    ['a journey of a firm', 'कंपनी के 25 वर्षीय सफर का जश्न मनाया गया।'],
    ['an unknown word closed by nothing', 'मेले में 30 वर्षीय झब्बू शामिल हुए।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
