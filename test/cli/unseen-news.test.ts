import { describe, expect, it } from 'vitest';
import type { ArticleFactsJson } from '../../src/core/pipeline/facts-json.js';
import { cli } from '../helpers/run-cli.js';

/** Hindi news on topics the seeds do not cover: the pipeline must generalise, not know five pages. */
describe('facts on unseen news (sport, markets, courts, weather, elections, science)', async () => {
  const result = await cli('--content', 'test/fixtures/unseen-news', 'facts', '--json');
  const articles = new Map((JSON.parse(result.stdout) as ArticleFactsJson[]).map((a) => [a.article, a]));
  const get = (id: string): ArticleFactsJson => articles.get(id) as ArticleFactsJson;
  const dates = (id: string): string[] => get(id).facts.dates.map((d) => `${d.text}=${d.value}`);
  const numbers = (id: string): string[] => get(id).facts.numbers.map((n) => `${n.value} ${n.unit}`);
  const names = (id: string, kind: 'people' | 'places' | 'organisations'): string[] => get(id).facts[kind].map((e) => e.en);

  it('loads all six', () => {
    expect(result.code).toBe(0);
    expect([...articles.keys()].sort()).toEqual(['court', 'cricket', 'election', 'markets', 'science', 'weather']);
  });

  it.each([
    ['cricket', ['शनिवार=2024-06-29', '2007=2007']],
    ['court', ['गुरुवार=2024-02-15', '6 मार्च=2024-03-06', '2018=2018']],
    ['weather', ['मंगलवार=2024-05-28', '27 जून=2024-06-27']],
    ['election', ['मंगलवार=2024-06-04', '9 जून=2024-06-09']],
    ['science', ['बुधवार=2023-08-23', '14 जुलाई 2023=2023-07-14']],
    ['markets', ['गुरुवार=2024-07-04']],
  ])('%s: dates resolved against publication and tense', (id, expected) => {
    expect(dates(id)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['cricket', ['7 run', '76 run', '59 ball', '2 wicket', '1250000000 rupee']],
    ['markets', ['1200 point', '1.5 percent', '6.5 percent']],
    ['weather', ['47.5 degree Celsius']],
    ['election', ['293 seat', '240 seat', '99 seat', '65.79 percent']],
    ['science', ['6150000000 rupee']],
  ])('%s: quantities with English units', (id, expected) => {
    expect(numbers(id)).toEqual(expect.arrayContaining(expected));
  });

  it('does not count index names, clock times or years as quantities', () => {
    expect(numbers('markets').map((n) => n.split(' ')[0])).not.toContain('50');
    expect(get('science').facts.numbers.map((n) => n.text).join(' ')).not.toMatch(/मिनट|बजकर/);
    for (const a of articles.values()) for (const n of a.facts.numbers) expect(n.value < 1900 || n.value > 2100 || n.unit !== null).toBe(true);
  });

  it.each([
    ['cricket', 'people', ['Virat Kohli', 'Jasprit Bumrah', 'Rohit Sharma']],
    ['cricket', 'places', ['India', 'South Africa']],
    ['court', 'people', ['D. Y. Chandrachud', 'Prashant Bhushan']],
    ['court', 'organisations', ['Supreme Court of India', 'State Bank of India', 'Election Commission of India']],
    ['markets', 'people', ['Shaktikanta Das']],
    ['markets', 'organisations', ['Reserve Bank of India', 'HDFC Bank', 'Reliance Industries']],
    ['election', 'people', ['Narendra Modi', 'Mallikarjun Kharge']],
    ['election', 'organisations', ['Bharatiya Janata Party', 'Indian National Congress', 'National Democratic Alliance']],
    ['science', 'organisations', ['Indian Space Research Organisation']],
    ['weather', 'organisations', ['India Meteorological Department']],
    ['weather', 'places', ['Delhi', 'Rajasthan']],
  ] as const)('%s: %s include %j', (id, kind, expected) => {
    expect(names(id, kind)).toEqual(expect.arrayContaining([...expected]));
  });

  it('writes every English line and name without Devanagari, and canonical Hindi names in Devanagari', () => {
    for (const a of articles.values()) {
      for (const line of [a.title.en, ...a.summary.en]) expect(line).not.toMatch(/[\u0900-\u097F]/);
      for (const e of [...a.facts.people, ...a.facts.places, ...a.facts.organisations]) {
        expect(e.en).not.toMatch(/[\u0900-\u097F]/);
        expect(e.hi).toMatch(/[\u0900-\u097F]/);
      }
    }
  });
});
