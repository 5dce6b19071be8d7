import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/core/text/sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['पुतिन आएंगे। किम स्वागत करेंगे।', ['पुतिन आएंगे।', 'किम स्वागत करेंगे।']],
    ['क्या यह सच है? हाँ! बिल्कुल।', ['क्या यह सच है?', 'हाँ!', 'बिल्कुल।']],
    ['डॉ. सिंह ने कहा। श्री. मोदी पहुंचे।', ['डॉ. सिंह ने कहा।', 'श्री. मोदी पहुंचे।']],
    // the late (स्व.), Pandit (पं.), Dr (डा.) and Kumari (कु.) before a name
    ['सोनू पुत्र स्व. रामपाल ने तहरीर दी। पं. नेहरू ने कहा था।', ['सोनू पुत्र स्व. रामपाल ने तहरीर दी।', 'पं. नेहरू ने कहा था।']],
    // अति. is अतिरिक्त (additional) before a title: the sentence goes on (was cut to "पुलिस अधीक्षक शहर …", the role lost its "additional")
    ['खुलासा अति. पुलिस अधीक्षक मनोहर लाल ने किया। टीम बनी।', ['खुलासा अति. पुलिस अधीक्षक मनोहर लाल ने किया।', 'टीम बनी।']],
    ['डा. राम और कु. सीमा पहुंचीं। सभा हुई।', ['डा. राम और कु. सीमा पहुंचीं।', 'सभा हुई।']],
    ['इसरो प्रमुख एस. सोमनाथ ने कहा कि मिशन सफल रहा।', ['इसरो प्रमुख एस. सोमनाथ ने कहा कि मिशन सफल रहा।']],
    // units abbreviated with full stops (मि.मी., कि.मी., रु.) end no sentence
    ['तहसील में 45.5 मि.मी. वर्षा हुई। गांव 5 कि.मी. दूर है।', ['तहसील में 45.5 मि.मी. वर्षा हुई।', 'गांव 5 कि.मी. दूर है।']],
    // …nor quintals or a state's initials (क्विं., म.प्र.)
    ['मंडी में 500 क्विं. गेहूं आया। भाव स्थिर रहे।', ['मंडी में 500 क्विं. गेहूं आया।', 'भाव स्थिर रहे।']],
    ['इंदौर म.प्र. में बारिश हुई। सड़कें डूबीं।', ['इंदौर म.प्र. में बारिश हुई।', 'सड़कें डूबीं।']],
    // …nor a number's abbreviation (क्रं., नं.: क्रमांक, नंबर)
    ['वार्ड क्रं. 12 से रमेश जीते। मकान नं. 5 में आग लगी।', ['वार्ड क्रं. 12 से रमेश जीते।', 'मकान नं. 5 में आग लगी।']],
    ['गांव शहर से 12 किमी. दूर है. वहां सड़क नहीं है.', ['गांव शहर से 12 किमी. दूर है.', 'वहां सड़क नहीं है.']],
    ['डी.वाई. चंद्रचूड़ ने फैसला सुनाया।', ['डी.वाई. चंद्रचूड़ ने फैसला सुनाया।']],
    // a writer's initials (one letter and its vowel sign each) in quotes, and a run of initials after a sentence's end
    ['लेखक ‘‘कि. ना. मिश्र’’ का निधन हो गया। वे 90 वर्ष के थे।', ['लेखक ‘‘कि. ना. मिश्र’’ का निधन हो गया।', 'वे 90 वर्ष के थे।']],
    ['उन्होंने कहा कि यही सच है. रा. स्व. संघ के नेता आए.', ['उन्होंने कहा कि यही सच है.', 'रा. स्व. संघ के नेता आए.']],
    // …but a one-letter word ending a sentence still ends it
    ['यह बात सही है. दूसरी बात भी है.', ['यह बात सही है.', 'दूसरी बात भी है.']],
    ['U.S. में 2.5 लाख लोग हैं. Next one', ['U.S. में 2.5 लाख लोग हैं.', 'Next one']],
    ['क्रेमलिन ने कहा, "पुतिन यात्रा करेंगे।" फिर बैठक हुई।', ['क्रेमलिन ने कहा, "पुतिन यात्रा करेंगे।"', 'फिर बैठक हुई।']],
    ['पहला अनुच्छेद।\nदूसरा अनुच्छेद।', ['पहला अनुच्छेद।', 'दूसरा अनुच्छेद।']],
    // a pipe used as a danda after Hindi words ends a sentence (and reads as one)
    ['प्रतियोगिता का आयोजन किया गया |पुरुष वर्ग का फाइनल खेला गया| विजेता कहलगांव रहा', ['प्रतियोगिता का आयोजन किया गया |', 'पुरुष वर्ग का फाइनल खेला गया|', 'विजेता कहलगांव रहा']],
    ['फाइनल हुआ |SBCC के सदस्य ने बताया।', ['फाइनल हुआ |', 'SBCC के सदस्य ने बताया।']],
    // not a headline's bar spaced on both sides, nor between figures, Devanagari digits or Latin words
    ['बिहार में पुल गिरा | तीन मजदूर लापता', ['बिहार में पुल गिरा | तीन मजदूर लापता']],
    ['स्कोर 5|6 और ५|६ रहा, a | b भी।', ['स्कोर 5|6 और ५|६ रहा, a | b भी।']],
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

describe('splitSentences: over-long runs are cut, so later steps cost at most linear time', () => {
  const words = Array.from({ length: 400 }, (_, i) => `शब्द${i % 10}`).join(' '); // ~2,800 chars, no sentence end
  it.each([
    ['words without a sentence end', words],
    ['a run of dots', 'भारत ने मैच जीता ' + '.'.repeat(5000)],
    ['letters with vowel signs and no space', 'कि'.repeat(2000)],
    ['a long run of nuktas (no letter to keep them with)', 'भारत ' + '\u093C'.repeat(20_000)],
  ])('%s', (_name, text) => {
    const out = splitSentences(text);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(out.every((s) => s.cut === true)).toBe(true);
    expect(out.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
    for (const s of out) expect(s.text).not.toMatch(/^[\u093E-\u094D]/u); // never starts with a vowel sign
  });

  it('cuts a run of marks into pieces of full length, not one mark each', () => {
    const out = splitSentences('\u093C'.repeat(20_000));
    expect(out.map((s) => s.text.length)).toEqual(Array(25).fill(MAX_SENTENCE_CHARS));
  });

  it('leaves ordinary sentences alone', () => {
    expect(splitSentences('पहला वाक्य है। दूसरा वाक्य है।').map((s) => s.cut)).toEqual([undefined, undefined]);
  });
});

describe('splitSentences: a paragraph too long for one pass of the segmenter is split the same way', () => {
  // Intl.Segmenter slows to quadratic at 65,536 code units; such paragraphs are segmented in windows
  const numbered = Array.from({ length: 6000 }, (_, i) => `भारत ने ${i + 1} पदक जीते।`);
  it.each([
    ['numbered sentences across windows', numbered.join(' ')],
    ['English sentences', Array.from({ length: 9000 }, (_, i) => `Team ${i + 1} won.`).join(' ')],
  ])('%s', (_name, text) => {
    expect(text.length).toBeGreaterThan(65_536);
    const parts = text.split(/(?<=[।.]) /u);
    expect(splitSentences(text).map((s) => s.text)).toEqual(parts);
  });

  it.each([
    ['a run of abbreviations', 'डॉ. '.repeat(30_000)],
    ['a run of initials', 'A. '.repeat(30_000)],
  ])('%s is kept whole and cut into pieces, nothing lost', (_name, text) => {
    const out = splitSentences(text);
    for (const s of out) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(out.every((s) => s.cut === true)).toBe(true);
    expect(out.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });
});
