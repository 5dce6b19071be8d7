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
    // (reviewer) occupations, courses and loanwords the lists do not know are no names
    ['a priest', 'बदमाशों ने 65 वर्षीय पुजारी की हत्या कर दी।'],
    ['a fisherman', 'नदी में 55 वर्षीय मछुआरे का शव मिला।'],
    ['a road map', 'मंत्री ने 5 वर्षीय रोडमैप और बजट पेश किया।'],
    ['a degree course', 'विश्वविद्यालय में 4 वर्षीय बीएड कोर्स में दाखिले शुरू हुए।'],
    ['initials read as a case marker', 'पुलिस ने 45 वर्षीय एस.के. यादव को गिरफ्तार किया।'],
    ['a changed name', 'आरोपी ने 16 वर्षीय प्रिया (बदला हुआ नाम) को धमकाया।'],
    ['a name running into an adverb', '25 वर्षीय सौरभ बाल-बाल बचे।'],
    // an unlisted word after an age is a name only in a list with a listed one: apart from it, or among unlisted ones, it is not
    ['two unlisted words', 'सरकार ने 5 वर्षीय रोडमैप और 2 वर्षीय डिप्लोमा को मंजूरी दी।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('an unlisted word after an age apart from a list of the aged is no name', () => {
  it('a course after a named person', () => {
    expect(people('अदालत ने 25 वर्षीय सौरभ को 3 वर्षीय डिप्लोमा के लिए छूट दी।')).toEqual(['सौरभ']);
  });
});

describe('a village before निवासी after an age is no person (reviewer)', () => {
  it('names the resident, not the village', () => {
    expect(people('हादसे में 35 वर्षीय नयागांव निवासी रमेश की मौत हो गई।')).not.toContain('नयागांव');
  });
});
