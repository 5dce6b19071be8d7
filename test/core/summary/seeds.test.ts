import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';
import { createDateExtractor } from '../../../src/core/facts/dates/create-date-extractor.js';
import { createEntityExtractor } from '../../../src/core/facts/entities/create-entity-extractor.js';
import { createNumberExtractor } from '../../../src/core/facts/numbers/create-number-extractor.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import type { ArticleFacts, Sentence } from '../../../src/core/types.js';
import { expectCleanEnglish } from './english-guards.js';

const CONTENT = join(process.cwd(), 'content');
const { data } = loadData(join(process.cwd(), 'config'));
const clean = createCleaner(data.cleaning);
const dates = createDateExtractor(data.dates);
const numbers = createNumberExtractor(data.numbers);
const entities = createEntityExtractor(data.gazetteer, data.entities);
const summariser = createSummariser(data.lexicon);
const metadata = parse(readFileSync(join(CONTENT, 'metadata.yaml'), 'utf8')) as {
  articles: Record<string, { published: string | Date }>;
};

/** clean → split → extract → summarise, as the app does. */
function analyse(file: string) {
  const raw = metadata.articles[file]?.published;
  const published = (raw instanceof Date ? raw.toISOString() : String(raw)).slice(0, 10);
  const page = clean(readFileSync(join(CONTENT, file), 'utf8'));
  const sentences = splitSentences(page.body);
  const title: Sentence = { index: -1, text: page.title, paragraph: -1 };
  const facts: ArticleFacts = { dates: [], numbers: [], mentions: [] };
  for (const s of [title, ...sentences]) {
    const d = dates(s, { published });
    facts.dates.push(...d);
    facts.numbers.push(...numbers(s, d.map((x) => x.span)));
  }
  facts.mentions.push(...entities([title, ...sentences]));
  return { page, sentences, facts, published, out: summariser.summarise({ title: page.title, sentences, facts, published }) };
}

describe('summaries of the five seed articles', () => {
  it.each(Object.keys(metadata.articles).sort())('%s', (file) => {
    const { sentences, facts, out } = analyse(file);
    expect(out.summary.hi.length).toBeGreaterThanOrEqual(Math.min(3, sentences.length));
    expect(out.summary.hi.length).toBeLessThanOrEqual(5);
    expect(out.summary.en).toHaveLength(out.summary.hi.length);
    expect(out.picked).toHaveLength(out.summary.hi.length);
    expect([...out.picked].sort((a, b) => a - b)).toEqual(out.picked);
    expect(out.title.hi.length).toBeGreaterThan(0);
    expect(out.title.en.length).toBeGreaterThan(0);
    for (const line of [out.title.en, ...out.summary.en]) {
      expect(line.length).toBeGreaterThan(0);
      expectCleanEnglish(line, facts, data.lexicon);
    }
    for (const s of sentences) expect(summariser.english(s, facts)).not.toMatch(/[\u0900-\u097F]/);
  });
});
