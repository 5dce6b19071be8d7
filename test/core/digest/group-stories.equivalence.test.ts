import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStories, type StoryLimits } from '../../../src/core/digest/group-stories.js';
import type { AnalysedArticle } from '../../../src/core/types.js';
import { makeArticle } from '../../helpers/make-article.js';
import { allPairs } from './all-pairs-grouping.js';

const shape = (articles: readonly AnalysedArticle[], limits: StoryLimits): string[][][] =>
  groupStories(articles, limits).map((g) => [g.articles.map((a) => a.id), g.related.map(String)]);

const pad = (n: number): string => String(n).padStart(2, '0');
/** Few entities and days, dates within three weeks: many shared keys, chains and near misses. */
const articlesArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 1, max: 21 }),
      entities: fc.uniqueArray(fc.constantFrom('India', 'Modi', 'Delhi', 'BJP', 'Kim', 'Putin', 'Russia', 'Gill', 'BCCI'), { maxLength: 5 }),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 25 }), { maxLength: 3 }),
    }),
    { maxLength: 45 },
  )
  .map((specs) =>
    specs.map(({ day, entities, days }, n) =>
      makeArticle({
        id: `a${n % 7}-${n}`,
        published: `2024-06-${pad(day)}`,
        people: entities.slice(0, 2),
        places: entities.slice(2),
        dates: days.map((d): [number, string, string, 'day'] => [0, `${d} जून`, `2024-06-${pad(d)}`, 'day']),
      }),
    ),
  );

describe('story grouping equivalence with all-pairs (random articles, fixed seed)', () => {
  it.each<[string, StoryLimits]>([
    ['no caps: the old grouping exactly', { maxSources: Infinity, maxRelated: Infinity }],
    ['the default caps', { maxSources: 8, maxRelated: 5 }],
    ['tight caps', { maxSources: 2, maxRelated: 1 }],
  ])('%s', (_, limits) => {
    fc.assert(
      fc.property(articlesArb, (articles) => {
        expect(shape(articles, limits)).toEqual(allPairs(articles, limits));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
