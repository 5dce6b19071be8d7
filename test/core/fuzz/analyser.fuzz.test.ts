import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzPage, readRealTexts } from '../../../bench/fuzz-corpus.js';
import { loadData } from '../../../src/core/data/load-data.js';
import { createAnalyser } from '../../../src/core/pipeline/create-analyser.js';
import { toFactsJson } from '../../../src/core/pipeline/facts-json.js';
import { createDateExtractor } from '../../../src/core/facts/dates/create-date-extractor.js';
import { createEntityExtractor } from '../../../src/core/facts/entities/create-entity-extractor.js';
import { createNumberExtractor } from '../../../src/core/facts/numbers/create-number-extractor.js';
import type { AnalysedArticle, Problem, Sentence } from '../../../src/core/types.js';

/**
 * Property-based fuzzing of the whole article analyser on seeded random pages built from real Hindi
 * news text and hostile fragments (runs of punctuation, digits, combining marks, control and bidi
 * characters). Invariants: nothing throws, every fact's text is its span of its sentence, dates are
 * valid ISO values, English fields hold no Devanagari. Cost per KB is measured in `npm run bench`.
 */
const SEED = 20261204;
const RUNS = 120;

const page = fuzzPage(readRealTexts(process.cwd()));

const DEVANAGARI = /[\u0900-\u097F]/u;
const ISO = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3]))?$/u;

function invariants(article: AnalysedArticle, problems: Problem[]): string[] {
  const broken: string[] = [];
  const textOf = (index: number): string | undefined => (index === -1 ? article.title.hi : article.sentences[index]?.text);
  for (const f of [...article.facts.dates, ...article.facts.numbers, ...article.facts.mentions]) {
    const text = textOf(f.sentence);
    if (text !== undefined && text.slice(f.span.start, f.span.end) !== f.text) broken.push(`span of "${f.text}" in sentence ${f.sentence}`);
  }
  for (const d of article.facts.dates) {
    if (!ISO.test(d.value) || (d.end !== undefined && !ISO.test(d.end))) broken.push(`date value ${d.value}/${d.end ?? ''}`);
  }
  for (const n of article.facts.numbers) if (!Number.isFinite(n.value)) broken.push(`number value ${n.value}`);
  const json = toFactsJson(article);
  const english = [json.title.en, ...json.summary.en, ...(['people', 'places', 'organisations'] as const).flatMap((k) => json.facts[k].map((e) => e.en))];
  for (const line of english) if (DEVANAGARI.test(line)) broken.push(`Devanagari in English: ${line.slice(0, 80)}`);
  for (const p of problems) if (/extractor failed|failed:/u.test(p.message)) broken.push(`reported failure: ${p.message}`);
  return broken;
}

const data = loadData(join(process.cwd(), 'config')).data;
const extractors = {
  dates: createDateExtractor(data.dates),
  numbers: createNumberExtractor(data.numbers),
  entities: createEntityExtractor(data.gazetteer, data.entities, data.commonWords),
};

describe('extractor fuzz (fixed seed)', () => {
  it.each(['dates', 'numbers', 'entities'] as const)('%s: no throw, every span is its text, on random sentences', (kind) => {
    fc.assert(
      fc.property(page, (text) => {
        const sentence: Sentence = { index: 0, text, paragraph: 0 };
        const found: { text: string; span: { start: number; end: number } }[] =
          kind === 'dates' ? extractors.dates(sentence, { published: '2024-06-19' })
            : kind === 'numbers' ? extractors.numbers(sentence, [])
              : extractors.entities([sentence], '2024-06-19');
        for (const f of found) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
        if (kind === 'numbers') for (const n of extractors.numbers(sentence, [])) expect(Number.isFinite(n.value), n.text).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

const analyse = createAnalyser(data);

describe('analyser fuzz (fixed seed)', () => {
  it(`keeps its invariants on ${RUNS} random pages of real text and hostile fragments`, () => {
    fc.assert(
      fc.property(page, fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (raw, when) => {
        const problems: Problem[] = [];
        const article = analyse({ id: 'fuzz', file: 'fuzz.txt', published: when.toISOString().slice(0, 10), language: 'hi', raw }, (p) => problems.push(p));
        expect(invariants(article, problems)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
