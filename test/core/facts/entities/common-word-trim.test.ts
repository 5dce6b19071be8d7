import { describe, expect, it } from 'vitest';
import { createCommonWordTrim } from '../../../../src/core/facts/entities/common-word-trim.js';

/** Everyday words at a guessed name's edges go; a name part keeps an everyday word right before it. */
const COMMON = ['पहचान', 'प्रभात', 'कैपिटल', 'फ़ौरन', 'कसेरा', 'घायल', 'निधि'];
const PARTS = new Set(['देवी', 'कुमार', 'बिड़ला', 'आदित्य', 'मनोज', 'विकास']);
const trim = createCommonWordTrim(COMMON, (w) => PARTS.has(w), { isFirstName: (w) => w === 'मनोज' });
const kept = (words: string[]): string => {
  const { from, to } = trim(words);
  return words.slice(from, to).join(' ');
};

describe('createCommonWordTrim', () => {
  it.each([
    // an everyday word right before a name part is a given name
    [['प्रभात', 'कुमार'], 'प्रभात कुमार'],
    // not before an unknown word: पहचान (identity) is no given name
    [['पहचान', 'ब्रेस्ती', 'देवी'], 'ब्रेस्ती देवी'],
    // an everyday word at the end goes (precision first: मनोज कुमार घायल को is no surname Ghayal)
    [['आदित्य', 'बिड़ला', 'कैपिटल'], 'आदित्य बिड़ला'],
    [['मनोज', 'कुमार', 'घायल'], 'मनोज कुमार'],
    [['विकास', 'निधि'], 'विकास'],
    [['फ़ौरन'], ''],
  ] as [string[], string][])('%j → %s', (words, name) => {
    expect(kept(words)).toBe(name);
  });
});

describe('a name never said alone keeps the word after it', () => {
  // मोहम्मद कैश: कैश is "cash" too, but मोहम्मद is never a whole name
  const bound = createCommonWordTrim(['कैश', 'घायल'], () => false, { isListedPart: () => false, isBound: (w) => w === 'मोहम्मद' });
  it.each([
    [['मोहम्मद', 'कैश'], 'मोहम्मद कैश'],
    // (only the word right after it: a second everyday word still goes)
    [['मोहम्मद', 'कैश', 'घायल'], 'मोहम्मद कैश'],
  ] as [string[], string][])('%j → %s', (words, name) => {
    const { from, to } = bound(words);
    expect(words.slice(from, to).join(' ')).toBe(name);
  });
});

describe('a noun for a person is no given name, whatever follows it', () => {
  // (युवक, youth, before a name part is the youth so named, not "Yuvak Kumar")
  const nouns = createCommonWordTrim(['युवक', 'महिला', 'प्रभात'], (w) => PARTS.has(w), { isPersonNoun: (w) => w === 'युवक' || w === 'महिला' });
  it.each([
    [['युवक', 'कुमार'], 'कुमार'],
    [['महिला', 'विकास'], 'विकास'],
    // (an everyday word that is no person's noun still reads as a given name there)
    [['प्रभात', 'कुमार'], 'प्रभात कुमार'],
  ] as [string[], string][])('%j → %s', (words, name) => {
    const { from, to } = nouns(words);
    expect(words.slice(from, to).join(' ')).toBe(name);
  });
});
