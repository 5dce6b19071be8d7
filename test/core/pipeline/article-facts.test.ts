import { describe, expect, it } from 'vitest';
import { extractArticleFacts, reportedFacts, type Extractors } from '../../../src/core/pipeline/article-facts.js';
import type { DateFact, EntityMention, NumberFact, Sentence } from '../../../src/core/types.js';

const title: Sentence = { index: -1, text: 'असम में 9 की मौत', paragraph: -1 };
const body: Sentence = { index: 0, text: 'असम में बाढ़ से 9 लोगों की मौत हुई।', paragraph: 0 };
const number = (sentence: number, value: number, unit: string | null, text = String(value)): NumberFact =>
  ({ text, value, unit, approx: false, qualifier: 'exact', sentence, span: { start: 0, end: text.length } }) as NumberFact;
const date = (sentence: number, value: string): DateFact =>
  ({ text: value, value, granularity: 'day', sentence, span: { start: 0, end: 2 }, kind: 'inferred' });
const assam = (sentence: number): EntityMention => ({ kind: 'place', en: 'Assam', hi: 'असम', text: 'असम', sentence, span: { start: 0, end: 3 } });

const working: Extractors = {
  dates: (s) => (s.index === -1 ? [date(-1, '2024-07-09')] : []),
  numbers: (s) => [number(s.index, 9, s.index === -1 ? null : 'person')],
  entities: (ss) => ss.map((s) => assam(s.index)),
};

describe('extractArticleFacts', () => {
  it('reports a failing extractor for the article and keeps the other kinds', () => {
    const failures: string[] = [];
    const broken: Extractors = { ...working, dates: () => { throw new Error('bad pattern'); } };
    const facts = extractArticleFacts(broken, [title, body], '2024-07-10', (kind, cause) => failures.push(`${kind}: ${(cause as Error).message}`));
    expect(failures).toEqual(['dates: bad pattern']);
    expect(facts.dates).toEqual([]);
    expect(facts.numbers.map((n) => n.value)).toEqual([9, 9]);
    expect(facts.mentions.map((m) => m.sentence)).toEqual([-1, 0]);
  });

  it('reports nothing when every extractor works', () => {
    const failures: string[] = [];
    extractArticleFacts(working, [title, body], '2024-07-10', (kind) => failures.push(kind));
    expect(failures).toEqual([]);
  });
});

describe('reportedFacts', () => {
  it.each([
    ['a headline figure the body states', [number(-1, 9, null), number(0, 9, 'person')], [[0, 9]]],
    ['a headline figure rounding the body', [number(-1, 617, 'point'), number(0, 616.75, 'point')], [[0, 616.75]]],
    ['a headline figure of its own', [number(-1, 12, 'person'), number(0, 3, 'day')], [[-1, 12], [0, 3]]],
    ['the same unit 2% away', [number(-1, 47, 'degree'), number(0, 48, 'degree')], [[-1, 47], [0, 48]]],
    ['another unit', [number(-1, 9, 'day'), number(0, 9, 'person')], [[-1, 9], [0, 9]]],
    ['a unit the body refines', [number(-1, 48.8, 'degree'), number(0, 48.8, 'degree Celsius')], [[0, 48.8]]],
    ['a unit that only shares a first letter', [number(-1, 5, 'day'), number(0, 5, 'dayx')], [[-1, 5], [0, 5]]],
  ])('numbers: %s', (_name, numbers, expected) => {
    expect(reportedFacts({ dates: [], numbers, mentions: [] }).numbers.map((n) => [n.sentence, n.value])).toEqual(expected);
  });

  it('keeps a headline date the body lacks, drops one the body or dateline states, and always keeps the dateline', () => {
    const dates = [date(-1, '2024-07-09'), date(-1, '2024-07-11'), date(-2, '2024-07-10'), date(0, '2024-07-10'), date(0, '2024-07-11')];
    expect(reportedFacts({ dates, numbers: [], mentions: [] }).dates.map((d) => [d.sentence, d.value])).toEqual([
      [-1, '2024-07-09'],
      [-2, '2024-07-10'],
      [0, '2024-07-10'],
      [0, '2024-07-11'],
    ]);
  });

  it('lists the body mentions (names of the headline are counted by the entity summary)', () => {
    expect(reportedFacts({ dates: [], numbers: [], mentions: [assam(-1), assam(0)] }).mentions.map((m) => m.sentence)).toEqual([0]);
  });
});
