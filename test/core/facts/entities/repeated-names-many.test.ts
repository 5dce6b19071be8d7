import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** Guessed names found bare in the article's other sentences, on an article of many sentences (indexed lookup, not every guess at every word). */
const extract = createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords());

describe('guessed names repeated across many sentences', () => {
  const lead = 'मंत्री हरिओम प्रसाद ने उद्घाटन किया। विधायक धनपत चौरसिया ने भाषण दिया।';
  const rest = Array.from({ length: 300 }, (_, i) => `बैठक ${i + 1} के बाद हरिओम प्रसाद और धनपत चौरसिया मंच से उतरे।`).join(' ');
  const sentences = splitSentences(`${lead} ${rest}`);
  const mentions = extract(sentences, '2024-03-15');

  it.each([
    ['Hariom Prasad', 'हरिओम प्रसाद'],
    ['Dhanpat Chaurasia', 'धनपत चौरसिया'],
  ])('%s is found in every sentence that names it, each span its text', (en, text) => {
    const own = mentions.filter((m) => m.en === en);
    expect(own).toHaveLength(301);
    for (const m of own) {
      expect(m.text).toBe(text);
      expect(sentences[m.sentence]?.text.slice(m.span.start, m.span.end)).toBe(text);
    }
    expect(new Set(own.map((m) => m.sentence)).size).toBe(301);
  });
});
