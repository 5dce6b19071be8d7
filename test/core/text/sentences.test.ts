import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['पुतिन आएंगे। किम स्वागत करेंगे।', ['पुतिन आएंगे।', 'किम स्वागत करेंगे।']],
    ['क्या यह सच है? हाँ! बिल्कुल।', ['क्या यह सच है?', 'हाँ!', 'बिल्कुल।']],
    ['डॉ. सिंह ने कहा। श्री. मोदी पहुंचे।', ['डॉ. सिंह ने कहा।', 'श्री. मोदी पहुंचे।']],
    ['इसरो प्रमुख एस. सोमनाथ ने कहा कि मिशन सफल रहा।', ['इसरो प्रमुख एस. सोमनाथ ने कहा कि मिशन सफल रहा।']],
    ['डी.वाई. चंद्रचूड़ ने फैसला सुनाया।', ['डी.वाई. चंद्रचूड़ ने फैसला सुनाया।']],
    ['U.S. में 2.5 लाख लोग हैं. Next one', ['U.S. में 2.5 लाख लोग हैं.', 'Next one']],
    ['क्रेमलिन ने कहा, "पुतिन यात्रा करेंगे।" फिर बैठक हुई।', ['क्रेमलिन ने कहा, "पुतिन यात्रा करेंगे।"', 'फिर बैठक हुई।']],
    ['पहला अनुच्छेद।\nदूसरा अनुच्छेद।', ['पहला अनुच्छेद।', 'दूसरा अनुच्छेद।']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('numbers sentences and paragraphs in order', () => {
    expect(splitSentences('एक। दो।\n\nतीन।')).toEqual([
      { index: 0, text: 'एक।', paragraph: 0 },
      { index: 1, text: 'दो।', paragraph: 0 },
      { index: 2, text: 'तीन।', paragraph: 1 },
    ]);
  });

  it.each(['', '   ', '\n\n'])('returns [] for empty text %j', (input) => {
    expect(splitSentences(input)).toEqual([]);
  });
});
