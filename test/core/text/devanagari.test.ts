import { describe, expect, it } from 'vitest';
import { asciiDigits, fold, foldKey, stripNukta, unfoldSpan } from '../../../src/core/text/devanagari.js';
import { alternation, wholeWord } from '../../../src/core/text/boundaries.js';

describe('fold: one key for spelling variants', () => {
  it.each([
    ['सितम्बर', 'सितंबर'],
    ['गुरूवार', 'गुरुवार'],
    ['ज़्यादा', 'ज्यादा'],
    ['हाँ', 'हां'],
    ['१९ जून २०२४', '19 जून 2024'],
    ['अक्तूबर', 'अक्तुबर'],
    ['TASS', 'tass'],
    // a vowel sign typed twice is read once
    ['थानेदार कोे', 'थानेदार को'],
    // ा and a second sign are the vowel they are typed for
    ['पाॅक्सो न्यायालय', 'पॉक्सो न्यायालय'],
    ['डाॅ', 'डॉ'],
    ['लाेग', 'लोग'],
    ['काैन', 'कौन'],
  ])('%s ≡ %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    // ा and a candra ॅ, a े or a ै are how ॉ, ो, ौ are often typed: not ा alone (reviewers)
    ['डाॅ', 'डा'],
    ['काॅलेज', 'कालेज'],
    ['लाेग', 'लाग'],
    ['काैन', 'कान'],
  ])('%s is not %s', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it.each([
    ['सितम्बर', 'सितंबर'],
  ])('%s ≡ %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it('maps folded spans back to the original text', () => {
    const original = 'सितम्बर में ज़्यादा बारिश';
    const folded = fold(original);
    const start = folded.text.indexOf('ज्यादा');
    const span = unfoldSpan(folded, start, start + 'ज्यादा'.length);
    expect(original.slice(span.start, span.end)).toBe('ज़्यादा');
    const month = unfoldSpan(folded, 0, 'सितंबर'.length);
    expect(original.slice(month.start, month.end)).toBe('सितम्बर');
  });

  it('keeps lengths for digits and drops nukta', () => {
    expect(asciiDigits('२०२४-०६-१९')).toBe('2024-06-19');
    expect(stripNukta('फ़रवरी')).toBe('फरवरी');
  });
});

describe('Devanagari word boundaries', () => {
  const re = new RegExp(wholeWord(alternation(['कल', 'कल्याण'])), 'gu');
  it.each([
    ['कल बारिश होगी', ['कल']],
    ['कल्याण में बारिश', ['कल्याण']],
    ['सकल घरेलू उत्पाद', []],
    ['कलम टूटी', []],
  ])('%s → %j', (text, expected) => {
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual(expected);
  });
});
