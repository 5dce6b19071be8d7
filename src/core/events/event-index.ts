import { DATELINE_SENTENCE, TITLE_SENTENCE, type AnalysedArticle, type Bilingual, type Granularity } from '../types.js';
import { factInterval, GRANULARITY_RANK, type DayInterval } from './date-interval.js';
import { buildIntervalCount } from './interval-count.js';
import { buildIntervalTree } from './interval-tree.js';
import type { EventQuery } from './parse-event-query.js';

/** A dated sentence: one event mention, as returned by `event` lookups. */
export interface EventMention {
  article: string;
  published: string;
  date: { value: string; end: string | null; granularity: Granularity; text: string };
  /** The Hindi sentence the date was found in. */
  source: string;
  text: { hi: string; en: string };
}

interface IndexedMention {
  mention: EventMention;
  start: number;
  end: number;
}

export interface EventIndex {
  size: number;
  /** Every mention overlapping the query. */
  lookup(query: EventQuery): EventMention[];
  /** The first `limit` of them and how many there are, without listing the rest. */
  first(query: EventQuery, limit: number): { mentions: EventMention[]; total: number };
}

/**
 * Indexes every dated sentence of the articles; lookups return the mentions overlapping the query
 * whose granularity is no coarser than the query's, ordered by start day, article id, end day.
 */
export function buildEventIndex(articles: readonly AnalysedArticle[]): EventIndex {
  const entries: IndexedMention[] = [];
  for (const article of articles) {
    for (const date of article.facts.dates) {
      const interval = factInterval(date.value, date.end);
      const sentence = sourceOf(article, date.sentence);
      if (!interval || !sentence) continue;
      entries.push({
        start: dayKey(interval.start),
        end: dayKey(interval.end),
        mention: {
          article: article.id,
          published: article.published,
          date: { value: date.value, end: date.end ?? null, granularity: date.granularity, text: date.text },
          source: sentence.hi,
          text: sentence,
        },
      });
    }
  }
  entries.sort((a, b) => a.start - b.start || a.mention.article.localeCompare(b.mention.article) || a.end - b.end);
  const rankCount = Object.keys(GRANULARITY_RANK).length;
  const starts = Int32Array.from(entries, (e) => e.start);
  const ends = Int32Array.from(entries, (e) => e.end);
  const ranks = Uint8Array.from(entries, (e) => GRANULARITY_RANK[e.mention.date.granularity]);
  const tree = buildIntervalTree(starts, ends, ranks, rankCount);
  const counter = buildIntervalCount(starts, ends, ranks, rankCount);
  const find = (query: EventQuery, limit?: number): EventMention[] =>
    tree
      .query(dayKey(query.interval.start), dayKey(query.interval.end), GRANULARITY_RANK[query.granularity], limit)
      .map((i) => (entries[i] as IndexedMention).mention);
  return {
    size: entries.length,
    lookup: (query) => find(query),
    first: (query, limit) => ({
      mentions: find(query, limit),
      total: counter.count(dayKey(query.interval.start), dayKey(query.interval.end), GRANULARITY_RANK[query.granularity]),
    }),
  };
}

/** `YYYY-MM-DD` as the number YYYYMMDD: it sorts and compares like the day. */
function dayKey(isoDay: DayInterval['start']): number {
  const [year = 0, month = 0, day = 0] = isoDay.split('-').map(Number);
  return year * 10_000 + month * 100 + day;
}

/**
 * The text a dated mention is shown with: its sentence, the headline for a headline date, and the
 * lead sentence for the dateline's report date.
 */
function sourceOf(article: AnalysedArticle, index: number): Bilingual | null {
  if (index === TITLE_SENTENCE) return article.title;
  const at = index === DATELINE_SENTENCE ? 0 : index;
  const sentence = article.sentences[at];
  return sentence ? { hi: sentence.text, en: article.english.get(at) ?? '' } : null;
}
