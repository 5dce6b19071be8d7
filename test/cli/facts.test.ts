import { describe, expect, it } from 'vitest';
import type { ArticleFactsJson } from '../../src/core/pipeline/facts-json.js';
import { cli } from '../helpers/run-cli.js';

const DEVANAGARI = /[\u0900-\u097F]/;
const FURNITURE = ['Tags:', 'Similar News', 'Leave a Comment', 'Your email address', '-->', 'Update: 20'];

describe('facts --json on the seed folder', async () => {
  const result = await cli('facts', '--json');
  const articles = JSON.parse(result.stdout) as ArticleFactsJson[];

  it('prints one contract object per article, logs nothing on stdout', () => {
    expect(result.code).toBe(0);
    expect(articles.map((a) => [a.article, a.published])).toEqual([
      ['000_f640ce1a00593bca', '2024-06-17'],
      ['001_75f56c80fa5c6a6b', '2024-06-18'],
      ['002_d880316c1af1bb8a', '2023-09-14'],
      ['003_3fd5d64bb745e3fe', '2024-06-19'],
      ['004_51fa049b9e4d0dab', '2025-07-12'],
    ]);
    for (const a of articles) {
      expect(Object.keys(a).sort()).toEqual(['article', 'facts', 'published', 'summary', 'title']);
      expect(Object.keys(a.facts).sort()).toEqual(['dates', 'numbers', 'organisations', 'people', 'places']);
    }
  });

  it.each([0, 1, 2, 3, 4])('article %i: 3–5 summary lines, English without Devanagari or furniture', (i) => {
    const a = articles[i] as ArticleFactsJson;
    expect(a.summary.hi.length).toBeGreaterThanOrEqual(3);
    expect(a.summary.hi.length).toBeLessThanOrEqual(5);
    expect(a.summary.en).toHaveLength(a.summary.hi.length);
    for (const line of [...a.summary.en, a.title.en]) expect(line).not.toMatch(DEVANAGARI);
    const all = [a.title.hi, a.title.en, ...a.summary.hi, ...a.summary.en].join('\n');
    for (const f of FURNITURE) expect(all).not.toContain(f);
    for (const e of [...a.facts.people, ...a.facts.places, ...a.facts.organisations]) {
      expect(e.en).not.toMatch(DEVANAGARI);
      expect(e.mentions).toBeGreaterThan(0);
    }
  });

  it('finds the key dates of the June 2024 visit announcement', () => {
    const dates = (articles[0] as ArticleFactsJson).facts.dates;
    expect(dates).toContainEqual(expect.objectContaining({ text: '18-19 जून', value: '2024-06-18', end: '2024-06-19', granularity: 'day' }));
    expect(dates).toContainEqual(expect.objectContaining({ value: '2000-07', granularity: 'month' }));
    for (const d of dates) expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/);
  });

  it('finds numbers with units and no years among them', () => {
    const numbers = (articles[0] as ArticleFactsJson).facts.numbers;
    expect(numbers).toContainEqual(expect.objectContaining({ value: 50, unit: 'missile', approx: true }));
    for (const a of articles) for (const n of a.facts.numbers) expect(typeof n.value).toBe('number');
    const all = articles.flatMap((a) => a.facts.numbers.map((n) => n.value));
    for (const year of [1961, 1990, 1996, 2000, 2023, 2024]) expect(all).not.toContain(year);
  });

  it('names people and places in English', () => {
    const people = articles.flatMap((a) => a.facts.people.map((p) => p.en));
    const places = articles.flatMap((a) => a.facts.places.map((p) => p.en));
    expect(people).toContain('Vladimir Putin');
    expect(people).toContain('Kim Jong Un');
    expect(places).toContain('North Korea');
    expect(places).toContain('Russia');
  });
});

describe('facts options', () => {
  it('--article keeps one article', async () => {
    const result = await cli('facts', '--json', '--article', '003_3fd5d64bb745e3fe');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as ArticleFactsJson[]).map((a) => a.article)).toEqual(['003_3fd5d64bb745e3fe']);
  });

  it('an unknown --article is a usage error naming the known ids', async () => {
    const result = await cli('facts', '--json', '--article', 'nope');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    // stderr also carries the content warnings first (seed 004 is dated after the test clock): match the line
    expect(result.stderr).toMatch(/^khabar: unknown article "nope"; known articles: 000_f640ce1a00593bca/m);
  });

  it('prints a readable text form without --json', async () => {
    const result = await cli('facts', '--article', '000_f640ce1a00593bca');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 000_f640ce1a00593bca \(2024-06-17\)/);
  });
});
