import { DATELINE_SENTENCE, TITLE_SENTENCE, type AnalysedArticle, type Bilingual, type DateFact, type Granularity } from '../types.js';
import { factInterval, GRANULARITY_RANK } from './date-interval.js';
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
 * The index holds numbers and references; a mention object is made when it is first returned.
 */
export function buildEventIndex(articles: readonly AnalysedArticle[]): EventIndex {
  const articleRank = rankIds(articles.map((a) => a.id));
  const refs: { article: AnalysedArticle; date: DateFact }[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const order: number[] = [];
  // sort key: start day, then article rank (both in one number, exact below 2^53), then end day
  const key: number[] = [];
  // the same dates recur across an archive: each distinct value (and range end) is read once
  const days = new Map<string, [number, number] | null>();
  const daysOf = (value: string, end: string | undefined): [number, number] | null => {
    const text = end ? `${value}/${end}` : value;
    let found = days.get(text);
    if (found === undefined) {
      const interval = factInterval(value, end);
      found = interval && [dayKey(interval.start), dayKey(interval.end)];
      days.set(text, found);
    }
    return found;
  };
  for (const article of articles) {
    const rank = articleRank.get(article.id) as number;
    for (const date of article.facts.dates) {
      const interval = daysOf(date.value, date.end);
      if (!interval || !hasSource(article, date.sentence)) continue;
      order.push(refs.length);
      refs.push({ article, date });
      startOf.push(interval[0]);
      endOf.push(interval[1]);
      key.push(interval[0] * 2 ** 24 + rank);
    }
  }
  order.sort((i, j) => (key[i] as number) - (key[j] as number) || (endOf[i] as number) - (endOf[j] as number) || i - j);
  const sorted = order.map((i) => refs[i] as (typeof refs)[number]);
  const starts = Int32Array.from(order, (i) => startOf[i] as number);
  const ends = Int32Array.from(order, (i) => endOf[i] as number);
  const ranks = Uint8Array.from(sorted, (ref) => GRANULARITY_RANK[ref.date.granularity]);
  const rankCount = Object.keys(GRANULARITY_RANK).length;
  const tree = buildIntervalTree(starts, ends, ranks, rankCount);
  const counter = buildIntervalCount(starts, ends, ranks, rankCount);
  // a mention object is made the first time it is returned, then reused
  const made: (EventMention | undefined)[] = new Array<EventMention | undefined>(sorted.length);
  const find = (query: EventQuery, limit?: number): EventMention[] =>
    tree
      .query(dayKey(query.interval.start), dayKey(query.interval.end), GRANULARITY_RANK[query.granularity], limit)
      .map((i) => (made[i] ??= toMention(sorted[i] as (typeof sorted)[number])));
  return {
    size: sorted.length,
    lookup: (query) => find(query),
    first: (query, limit) => ({
      mentions: find(query, limit),
      total: counter.count(dayKey(query.interval.start), dayKey(query.interval.end), GRANULARITY_RANK[query.granularity]),
    }),
  };
}

function toMention({ article, date }: { article: AnalysedArticle; date: DateFact }): EventMention {
  const sentence = sourceOf(article, date.sentence) as Bilingual;
  return {
    article: article.id,
    published: article.published,
    date: { value: date.value, end: date.end ?? null, granularity: date.granularity, text: date.text },
    source: sentence.hi,
    text: sentence,
  };
}

/**
 * Ids ranked once in localeCompare order (ids that compare equal share a rank), so sorting the
 * mentions compares numbers, not strings.
 */
function rankIds(ids: readonly string[]): Map<string, number> {
  const compare = (a: string, b: string): number => a.localeCompare(b);
  const sorted = [...new Set(ids)].sort(compare);
  const ranks = new Map<string, number>();
  sorted.forEach((id, i) => ranks.set(id, i > 0 && compare(sorted[i - 1] as string, id) === 0 ? (ranks.get(sorted[i - 1] as string) as number) : i));
  return ranks;
}

/** `YYYY-MM-DD` as the number YYYYMMDD: it sorts and compares like the day. */
function dayKey(isoDay: string): number {
  const dash = isoDay.length - 6;
  return Number(isoDay.slice(0, dash)) * 10_000 + Number(isoDay.slice(dash + 1, dash + 3)) * 100 + Number(isoDay.slice(dash + 4));
}

/**
 * The text a dated mention is shown with: its sentence, the headline for a headline date, and the
 * lead sentence for the dateline's report date.
 */
function hasSource(article: AnalysedArticle, index: number): boolean {
  return index === TITLE_SENTENCE || article.sentences[index === DATELINE_SENTENCE ? 0 : index] !== undefined;
}

function sourceOf(article: AnalysedArticle, index: number): Bilingual | null {
  if (index === TITLE_SENTENCE) return article.title;
  const at = index === DATELINE_SENTENCE ? 0 : index;
  const sentence = article.sentences[at];
  return sentence ? { hi: sentence.text, en: article.english.get(at) ?? '' } : null;
}
