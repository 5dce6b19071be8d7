import { describe, expect, it } from 'vitest';
import {
  codePointUnits,
  graphemeUnits,
  lineUnits,
  paragraphUnits,
  sentenceUnits,
  wordUnits,
  type CutLevel,
} from '../../../../src/core/digest/split/cut-units.js';

const texts = (level: CutLevel, text: string): string[] => level(text).map((u) => text.slice(u.start, u.end));

describe('cut units', () => {
  it.each([
    ['paragraphs', paragraphUnits, 'एक।\nदो।\n\n  \nतीन।', ['एक।\nदो।', 'तीन।']],
    ['lines', lineUnits, 'एक।\n दो। \n\nतीन।', ['एक।', 'दो।', 'तीन।']],
    ['sentences', sentenceUnits, 'राम आया। क्या? हाँ! Dr. Rao left. अंत॥ फिर', ['राम आया।', 'क्या?', 'हाँ!', 'Dr. Rao left.', 'अंत॥', 'फिर']],
    ['no sentence cut without a space', sentenceUnits, 'श्लोक ॥१॥ दो', ['श्लोक ॥१॥', 'दो']],
    ['words', wordUnits, ' कुल\u00a0500  करोड़\tरुपये ', ['कुल\u00a0500', 'करोड़', 'रुपये']],
    ['graphemes', graphemeUnits, 'क्षत्रि👨‍👩‍👧‍👦🇮🇳', ['क्ष', 'त्रि', '👨‍👩‍👧‍👦', '🇮🇳']],
    ['code points', codePointUnits, 'a👦क', ['a', '👦', 'क']],
  ] as const)('%s', (_name, level, text, expected) => {
    expect(texts(level, text)).toEqual(expected);
  });

  it('segments graphemes of a long word in windows exactly like one pass', () => {
    // odd-length pieces so window edges fall inside conjuncts, ZWJ sequences and flag pairs
    const word = 'क्षत्रिय👨‍👩‍👧‍👦स्त्री🇮🇳🇳🇵ज़्यादा🧑🏽‍🚀a'.repeat(150);
    const direct = [...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(word)].map((s) => s.segment);
    expect(word.length).toBeGreaterThan(5000);
    expect(texts(graphemeUnits, word)).toEqual(direct);
  });

  it('keeps a cluster longer than the window whole', () => {
    const zalgo = `a${'\u0301'.repeat(3000)}b`;
    expect(texts(graphemeUnits, zalgo)).toEqual([`a${'\u0301'.repeat(3000)}`, 'b']);
  });
});
