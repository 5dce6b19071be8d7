import { describe, expect, it } from 'vitest';
import { splitText } from '../../../../src/core/digest/split/split-text.js';

/** Cuts splitText must NOT make: each row lists a string that must survive whole in some piece. */
describe('splitText: never cuts here', () => {
  it.each([
    ['inside a word when a space is available', 'मुख्यमंत्री ने घोषणा की', 12, 'मुख्यमंत्री'],
    ['inside ॥१॥ (no space after the first ॥)', 'श्लोक एक ॥१॥ श्लोक दो', 12, '॥१॥'],
    ['after Dr. before the name', 'Dr. Sharma spoke today. Then left.', 24, 'Dr. Sharma'],
    ['inside a decimal', 'Sensex rose 2.5 per cent today.', 20, '2.5'],
    ['inside U.S.', 'U.S. stocks fell sharply today.', 16, 'U.S.'],
    ['after a closing quote mark', 'He said "go." Then he left.', 13, '"go."'],
    ['inside a conjunct (क्ष)', 'क्षक्षक्षक्ष', 4, 'क्ष'],
    ['between a consonant and its matra', 'कीकीकीकी', 3, 'की'],
    ['inside a nukta letter with matra', 'ज़िज़िज़ि', 4, 'ज़ि'],
    ['inside an emoji ZWJ family', '👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 12, '👨‍👩‍👧‍👦'],
    ['inside a skin-tone ZWJ astronaut', '🧑🏽‍🚀🧑🏽‍🚀', 8, '🧑🏽‍🚀'],
    ['inside a flag', '🇮🇳🇮🇳', 5, '🇮🇳'],
    ['inside a rainbow flag', '🏳️‍🌈🏳️‍🌈', 7, '🏳️‍🌈'],
    ['inside a no-break space group', 'कुल\u00a0500\u00a0करोड़ रुपये', 13, 'कुल\u00a0500\u00a0करोड़'],
  ] as const)('%s', (_name, text, limit, whole) => {
    const pieces = splitText(text, limit);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(limit);
    expect(pieces.some((p) => p.includes(whole))).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['blank lines', '\n\n\n'],
    ['tabs and no-break spaces', '\t\u00a0\t'],
  ])('makes no pieces from %s', (_name, text) => {
    expect(splitText(text, 5)).toEqual([]);
  });

  it('makes no empty or untrimmed piece', () => {
    const pieces = splitText('एक।  \n\n  \n दो।   तीन।\n', 4);
    expect(pieces).toEqual(['एक।', 'दो।', 'तीन।']);
  });

  it('does not split text that fits', () => {
    expect(splitText('राम आया। श्याम गया।', 19)).toEqual(['राम आया। श्याम गया।']);
  });
});
