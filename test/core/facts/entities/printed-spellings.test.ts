import { describe, expect, it } from 'vitest';
import { printedSpellings } from '../../../../src/core/facts/entities/printed-spellings.js';

describe('printedSpellings: the forms papers print beside CLDR\'s', () => {
  it.each([
    ['मैक्सिको', ['मैक्सिको', 'मेक्सिको']],
    ['नॉर्वे', ['नॉर्वे', 'नोर्वे', 'नार्वे']],
    ['बैंकॉक', ['बैंकॉक', 'बेंकॉक', 'बैंकोक', 'बैंकाक', 'बेंकोक', 'बेंकाक']],
  ])('%s → %j', (name, forms) => {
    expect(printedSpellings(name)).toEqual(forms);
  });

  it('a made spelling that is an everyday word is left out (फ़ैरो → फ़ेरो, "turn")', () => {
    expect(printedSpellings('फ़ैरो', (f) => f.replace(/\u093C/gu, '') === 'फेरो')).toEqual(['फ़ैरो']);
  });

  it.each([['रूस'], ['चीन'], ['जापान'], ['बेल्जियम']])('%s has no other printed form', (name) => {
    expect(printedSpellings(name)).toEqual([name]);
  });
});
