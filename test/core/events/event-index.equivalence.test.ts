import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, type EventMention } from '../../../src/core/events/event-index.js';
import { parseEventQuery } from '../../../src/core/events/parse-event-query.js';
import type { Granularity } from '../../../src/core/types.js';
import { makeArticle } from '../../helpers/make-article.js';
import { fullScanLookup, mentionKey } from './full-scan-lookup.js';

const found = (mentions: EventMention[]): string[] => mentions.map((m) => mentionKey(m.article, m.date));

const pad = (n: number): string => String(n).padStart(2, '0');
// few years, months and days: queries hit often, and many mentions start or end on a query's edge
const year = fc.integer({ min: 2023, max: 2024 });
const month = fc.integer({ min: 1, max: 3 });
const day = fc.integer({ min: 1, max: 8 });
const dateValue = fc.oneof(
  fc.tuple(year, month, day).map(([y, m, d]) => ({ value: `${y}-${pad(m)}-${pad(d)}`, granularity: 'day' as Granularity })),
  fc.tuple(year, fc.integer({ min: 1, max: 14 })).map(([y, w]) => ({ value: `${y}-W${pad(w)}`, granularity: 'week' as Granularity })),
  fc.tuple(year, month).map(([y, m]) => ({ value: `${y}-${pad(m)}`, granularity: 'month' as Granularity })),
  year.map((y) => ({ value: String(y), granularity: 'year' as Granularity })),
);
const dateFact = fc.record({ date: dateValue, rangeDays: fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined }), sentence: fc.integer({ min: -2, max: 3 }) });

/** Articles with ids from a small pool (ties in start day are common), several dated sentences each. */
const articlesArb = fc.array(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'ka', 'kha'), suffix: fc.nat(50), facts: fc.array(dateFact, { maxLength: 6 }) }),
  { maxLength: 40 },
).map((specs) =>
  specs.map((spec, n) =>
    makeArticle({
      id: `${spec.id}${spec.suffix}-${n}`,
      published: '2024-06-19',
      sentences: ['एक।', 'दो।', 'तीन।'],
      dates: spec.facts.map(({ date, rangeDays, sentence }, i) => {
        const end = date.granularity === 'day' && rangeDays !== undefined ? shift(date.value, rangeDays) : undefined;
        return [sentence, `तारीख ${i}`, date.value, date.granularity, end];
      }),
    }),
  ),
);

function shift(isoDay: string, days: number): string {
  const at = new Date(`${isoDay}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const queryArb = fc
  .oneof(
    fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m)}`),
    year.map(String),
  )
  .map((text) => {
    const parsed = parseEventQuery(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.query;
  });

describe('event index equivalence with the full scan (random articles, fixed seed)', () => {
  it('returns the same mentions in the same order for every query, and the same first ones and count', () => {
    fc.assert(
      fc.property(articlesArb, fc.array(queryArb, { minLength: 1, maxLength: 20 }), fc.nat(30), (articles, queries, limit) => {
        const index = buildEventIndex(articles);
        const reference = fullScanLookup(articles);
        for (const query of queries) {
          const expected = reference(query);
          expect(found(index.lookup(query))).toEqual(expected);
          const first = index.first(query, limit);
          expect({ mentions: found(first.mentions), total: first.total }).toEqual({ mentions: expected.slice(0, limit), total: expected.length });
        }
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
