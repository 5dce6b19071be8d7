import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createDateExtractor } from '../../../src/core/facts/dates/create-date-extractor.js';
import { createEntityExtractor } from '../../../src/core/facts/entities/create-entity-extractor.js';
import { createNumberExtractor } from '../../../src/core/facts/numbers/create-number-extractor.js';
import { extractArticleFacts, reportedFacts } from '../../../src/core/pipeline/article-facts.js';
import type { Sentence } from '../../../src/core/types.js';

/**
 * Regression for a path that was quadratic in the number of sentences (each sentence filtered all
 * facts of the article for the spans dates and names claim; repeats were ordered by indexOf).
 * Run at a modest size; the cost is measured by `npm run bench`.
 */
const data = loadData(join(process.cwd(), 'config')).data;
const extractors = {
  dates: createDateExtractor(data.dates),
  numbers: createNumberExtractor(data.numbers),
  entities: createEntityExtractor(data.gazetteer, data.entities, data.commonWords),
};

describe('facts of an article with many sentences', () => {
  it('every sentence keeps its own date, and the date is not read again as a number', () => {
    const sentences: Sentence[] = Array.from({ length: 600 }, (_, i) => ({
      index: i,
      text: `${(i % 28) + 1} जून 2024 को पटना में ${i + 2} लोग घायल हुए।`,
      paragraph: i,
    }));
    const facts = reportedFacts(extractArticleFacts(extractors, sentences, '2024-07-10', () => undefined));
    expect(facts.dates.map((d) => [d.sentence, d.text, d.value])).toEqual(
      sentences.map((_s, i) => [i, `${(i % 28) + 1} जून 2024`, `2024-06-${String((i % 28) + 1).padStart(2, '0')}`]),
    );
    expect(facts.numbers.map((n) => [n.sentence, n.value, n.unit])).toEqual(sentences.map((_s, i) => [i, i + 2, 'person']));
  });
});
