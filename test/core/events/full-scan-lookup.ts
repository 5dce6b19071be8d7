import { factInterval, GRANULARITY_RANK, overlaps, type DayInterval } from '../../../src/core/events/date-interval.js';
import type { EventQuery } from '../../../src/core/events/parse-event-query.js';
import type { AnalysedArticle } from '../../../src/core/types.js';

/** A mention as `article|text|value|end`, to compare lookups. */
export const mentionKey = (article: string, date: { text: string; value: string; end?: string | null }): string =>
  `${article}|${date.text}|${date.value}|${date.end ?? ''}`;

/**
 * The event lookup before it was an index: every mention sorted, then filtered on every query.
 * The reference for the equivalence test and the "before" of the benchmark.
 */
export function fullScanLookup(articles: readonly AnalysedArticle[]): (query: EventQuery) => string[] {
  const entries: { interval: DayInterval; article: string; key: string; rank: number }[] = [];
  for (const article of articles) {
    for (const date of article.facts.dates) {
      const interval = factInterval(date.value, date.end);
      const shown = date.sentence === -1 || article.sentences[date.sentence === -2 ? 0 : date.sentence];
      if (!interval || !shown) continue;
      entries.push({ interval, article: article.id, key: mentionKey(article.id, date), rank: GRANULARITY_RANK[date.granularity] });
    }
  }
  entries.sort(
    (a, b) => a.interval.start.localeCompare(b.interval.start) || a.article.localeCompare(b.article) || a.interval.end.localeCompare(b.interval.end),
  );
  return (query) =>
    entries.filter((e) => e.rank <= GRANULARITY_RANK[query.granularity] && overlaps(e.interval, query.interval)).map((e) => e.key);
}
