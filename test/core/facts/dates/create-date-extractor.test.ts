import { describe, expect, it } from 'vitest';
import { createDateExtractor } from '../../../../src/core/facts/dates/create-date-extractor.js';
import { datesDataSchema } from '../../../../src/core/facts/dates/dates-data.js';
import { datesIn, expectDate } from './helpers.js';

describe('createDateExtractor', () => {
  it('returns facts in text order, without overlaps, spans matching the text', () => {
    const text = 'पुतिन 18-19 जून को प्योंगयांग में रहेंगे, फिर 19-20 जून को वियतनाम जाएंगे; पिछली यात्रा जुलाई 2000 में हुई थी।';
    const facts = datesIn(text);
    expect(facts.map((f) => f.text)).toEqual(['18-19 जून', '19-20 जून', 'जुलाई 2000']);
    for (let i = 1; i < facts.length; i++) expect(facts[i]!.span.start).toBeGreaterThanOrEqual(facts[i - 1]!.span.end);
    for (const f of facts) {
      expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.sentence).toBe(0);
    }
  });

  it('keeps the longest match: a range over its days, a full date over its year', () => {
    expect(datesIn('यात्रा 10 जून से 15 जुलाई 2024 तक चलेगी।').map((f) => f.text)).toEqual(['10 जून से 15 जुलाई 2024']);
    expect(datesIn('फैसला 13 सितंबर, 2023 में आया।').map((f) => f.text)).toEqual(['13 सितंबर, 2023']);
  });

  it('reports spans in the original text around nukta and Devanagari digits', () => {
    const text = 'फ़रवरी में, और ज़ाहिर है १९ जून २०२४ को भी।';
    const facts = datesIn(text);
    expect(facts.map((f) => [f.text, f.value])).toEqual([['फ़रवरी', '2024-02'], ['१९ जून २०२४', '2024-06-19']]);
  });

  it('anchors relative expressions on a date earlier in the sentence only', () => {
    expectDate('1996 में यह सौदा रद्द कर दिया गया और अगले वर्ष यह टूट गया।', 'अगले वर्ष', '1997');
    expectDate('अगले वर्ष यह टूट गया, जबकि 1996 में सौदा रद्द हुआ था।', 'अगले वर्ष', '2025');
    expect(datesIn('उसी दिन बैठक हुई।')).toEqual([]);
  });

  it('uses the sentence number and the publication date given', () => {
    const extract = createDateExtractor(datesDataSchema.parse({}));
    const facts = extract({ index: 7, text: 'बैठक 19 जून 2024 को हुई।', paragraph: 2 }, { published: '2024-06-18T08:21Z' });
    expect(facts).toEqual([
      { text: '19 जून 2024', value: '2024-06-19', granularity: 'day', sentence: 7, span: { start: 5, end: 16 }, kind: 'absolute' },
    ]);
  });

  it('works with empty data (Intl names only) and never throws', () => {
    const extract = createDateExtractor(datesDataSchema.parse({}));
    const sentence = { index: 0, text: 'पुतिन 13 सितंबर, 2023 को मिले।', paragraph: 0 };
    expect(extract(sentence, { published: '2024-06-18' }).map((f) => f.value)).toEqual(['2023-09-13']);
    expect(extract(sentence, { published: 'not a date' })).toEqual([]);
    expect(extract({ index: 0, text: '', paragraph: 0 }, { published: '2024-06-18' })).toEqual([]);
    expect(extract({ index: 0, text: undefined as unknown as string, paragraph: 0 }, { published: '2024-06-18' })).toEqual([]);
    expect(extract({ index: 0, text: '\u0000\uFFFF'.repeat(50), paragraph: 0 }, { published: '2024-06-18' })).toEqual([]);
  });

  it('accepts {} as data', () => {
    expect(datesDataSchema.parse({}).years.min).toBe(1800);
    expect(datesDataSchema.parse({}).months).toEqual({});
  });
});
