import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createTeaserCut } from '../../../src/core/summary/english-title.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { build } from './fact-builders.js';

const cut = createTeaserCut(loadData(join(process.cwd(), 'config')).data.lexicon.teasers);
const kept = (title: string): string => title.slice(0, cut(title));

describe("a headline's teaser tail says no fact: the English headline stops before it", () => {
  it.each([
    ['पांच सीटों के उपचुनाव में भाजपा की करारी हार, जानें कहां किसने दर्ज की जीत', 'पांच सीटों के उपचुनाव में भाजपा की करारी हार'],
    ['सोने के दाम में उछाल, जानें आज क्या है 10 ग्राम का भाव', 'सोने के दाम में उछाल'],
    ['बोर्ड परीक्षा का रिजल्ट जारी - पढ़ें किसने किया टॉप', 'बोर्ड परीक्षा का रिजल्ट जारी'],
  ])('%s', (title, want) => {
    expect(kept(title)).toBe(want);
  });
});

describe('headlines with no teaser tail are kept whole (negative cases)', () => {
  it.each([
    // a teaser verb without a question word after it is part of the story
    ['लोगों ने देखें बिना नुकसान का अनुमान लगाया'],
    // a question word without the inviting verb
    ['कौन बनेगा मुख्यमंत्री, भाजपा में मंथन तेज'],
    // जाने is also the infinitive: `… के जाने के बाद क्या बोले …` is the news (reviewer)
    ['अमित शाह के जाने के बाद क्या बोले अखिलेश यादव'],
    // the verb as the headline's first word (a teaser alone: nothing to keep before it)
    ['जानें कैसे बनेगा नया पुल'],
  ])('%s', (title) => {
    expect(cut(title)).toBe(title.length);
  });
});

describe('the English headline says nothing of the teaser', () => {
  it('a defeat headline is no "victory"', () => {
    const data = loadData(join(process.cwd(), 'config')).data;
    const title = 'पांच सीटों के उपचुनाव में भाजपा की करारी हार, जानें कहां किसने दर्ज की जीत';
    const { facts } = build(title, { orgs: [['भाजपा', 'Bharatiya Janata Party']] }, -1);
    expect(createSummariser(data.lexicon).englishTitle(title, facts).toLowerCase()).not.toContain('victory');
  });
});
