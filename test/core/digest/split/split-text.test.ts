import { describe, expect, it } from 'vitest';
import { splitText } from '../../../../src/core/digest/split/split-text.js';
import { SAMPLES } from './split-samples.js';
import { hasLoneSurrogate, longestGrapheme, longestWord, placePieces, wholeGraphemes, words } from './split-invariants.js';

describe('splitText: preferred boundaries', () => {
  it.each([
    ['fits whole', 'राम आया। श्याम गया।', 100, ['राम आया। श्याम गया।']],
    ['danda', 'राम घर आया। श्याम बाजार गया।', 16, ['राम घर आया।', 'श्याम बाजार गया।']],
    ['double danda', 'पहला श्लोक पूरा॥ दूसरा श्लोक शुरू', 18, ['पहला श्लोक पूरा॥', 'दूसरा श्लोक शुरू']],
    ['question and exclamation', 'क्या वह आएगा? हाँ, जरूर! कल सुबह।', 15, ['क्या वह आएगा?', 'हाँ, जरूर!', 'कल सुबह।']],
    ['English full stop', 'Sensex rose 450 points. Nifty gained too.', 25, ['Sensex rose 450 points.', 'Nifty gained too.']],
    ['blank line beats sentence', 'एक। दो।\n\nतीन चार।', 8, ['एक। दो।', 'तीन चार।']],
    ['line break beats sentence', 'पहली पंक्ति। हाँ।\nदूसरी', 17, ['पहली पंक्ति। हाँ।', 'दूसरी']],
    ['paragraph that fits is not merged', 'छोटा।\n\nयह एक लंबा पैराग्राफ है। इसमें दो वाक्य हैं।', 30, ['छोटा।', 'यह एक लंबा पैराग्राफ है।', 'इसमें दो वाक्य हैं।']],
    ['sentences packed greedily', 'एक। दो। तीन। चार।', 9, ['एक। दो।', 'तीन। चार।']],
    ['whitespace when a sentence is too long', 'भारत ने ऑस्ट्रेलिया को छह विकेट से हराया', 20, ['भारत ने ऑस्ट्रेलिया', 'को छह विकेट से हराया']],
    ['abbreviation kept with its sentence', 'Dr. Sharma came. He left.', 16, ['Dr. Sharma came.', 'He left.']],
    ['decimal is not a sentence end', 'Growth was 2.5 per cent. Good.', 24, ['Growth was 2.5 per cent.', 'Good.']],
    ['pieces are trimmed', '   पहला।    दूसरा।   ', 7, ['पहला।', 'दूसरा।']],
    ['no-break space holds words', 'Rs\u00a0500 crore', 8, ['Rs\u00a0500', 'crore']],
    ['long word cut at graphemes', 'क्षत्रियस्त्री', 7, ['क्षत्रि', 'यस्त्री']],
    ['conjuncts kept whole', 'क्षत्रियस्त्री', 6, ['क्ष', 'त्रिय', 'स्त्री']],
    ['emoji ZWJ sequence kept whole', 'ab👨‍👩‍👧‍👦cd', 11, ['ab', '👨‍👩‍👧‍👦', 'cd']],
    ['flag kept whole', '🇮🇳🇮🇳🇮🇳', 4, ['🇮🇳', '🇮🇳', '🇮🇳']],
  ] as const)('%s', (_name, text, limit, expected) => {
    expect(splitText(text, limit)).toEqual(expected);
  });

  it('counts with a custom measure (escaped length)', () => {
    const escaped = (s: string): number => s.replace(/&/g, '&amp;').length;
    const pieces = splitText('A & B & C & D', 9, escaped);
    expect(pieces).toEqual(['A & B', '& C & D'.slice(0, 3), '& D']);
    expect(pieces.every((p) => escaped(p) <= 9)).toBe(true);
  });

  it('returns no pieces for blank text', () => {
    expect(splitText('', 10)).toEqual([]);
    expect(splitText(' \n\n\t ', 10)).toEqual([]);
  });

  it('splits a 10 000-character Hindi paragraph at dandas, each piece within 4096', () => {
    const sentence = 'प्रधानमंत्री ने आज नई दिल्ली में बैठक की और राज्यों के मुख्यमंत्रियों से बात की। ';
    const text = sentence.repeat(Math.ceil(10_000 / sentence.length));
    const pieces = splitText(text, 4096);
    expect(pieces.length).toBe(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(p.endsWith('।')).toBe(true);
    }
    expect(words(pieces.join(' '))).toEqual(words(text));
  });
});

describe('splitText: property loops over samples and limits 1..N', () => {
  const cases = SAMPLES.map((text, i) => [i, text] as const);
  it.each(cases)('sample %i: every limit keeps all text in order, within limit, whole graphemes', (_i, text) => {
    const maxLimit = text.length + 2;
    const grapheme = longestGrapheme(text);
    for (let limit = 1; limit <= maxLimit; limit++) {
      const pieces = splitText(text, limit);
      const placed = placePieces(text, pieces);
      expect(placed, `limit ${limit}`).not.toBeNull();
      expect(pieces.every((p) => p.length > 0 && p === p.trim()), `limit ${limit}`).toBe(true);
      expect(pieces.some(hasLoneSurrogate), `limit ${limit}`).toBe(false);
      if (limit >= grapheme) {
        expect(pieces.every((p) => p.length <= limit), `limit ${limit}`).toBe(true);
        expect(wholeGraphemes(text, placed ?? []), `limit ${limit}`).toBe(true);
      } else {
        // below the longest grapheme only single code points may exceed the limit
        expect(pieces.every((p) => p.length <= limit || [...p].length === 1), `limit ${limit}`).toBe(true);
      }
      if (limit >= longestWord(text)) expect(pieces.flatMap(words), `limit ${limit}`).toEqual(words(text));
    }
  });

  it.each(cases)('sample %i: a limit of the full length gives one piece', (_i, text) => {
    expect(splitText(text, text.trim().length)).toEqual([text.trim()]);
  });
});
