import { DATELINE_SENTENCE, TITLE_SENTENCE, type AnalysedArticle, type Bilingual, type Granularity } from '../types.js';
import { factInterval, GRANULARITY_RANK, overlaps, type DayInterval } from './date-interval.js';
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
  interval: DayInterval;
}

export interface EventIndex {
  size: number;
  lookup(query: EventQuery): EventMention[];
}

/** Indexes every dated sentence of the articles; lookups return mentions overlapping the query. */
export function buildEventIndex(articles: readonly AnalysedArticle[]): EventIndex {
  const entries: IndexedMention[] = [];
  for (const article of articles) {
    for (const date of article.facts.dates) {
      const interval = factInterval(date.value, date.end);
      const sentence = sourceOf(article, date.sentence);
      if (!interval || !sentence) continue;
      entries.push({
        interval,
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
  entries.sort(
    (a, b) =>
      a.interval.start.localeCompare(b.interval.start) ||
      a.mention.article.localeCompare(b.mention.article) ||
      a.interval.end.localeCompare(b.interval.end),
  );
  return {
    size: entries.length,
    lookup(query) {
      const maxRank = GRANULARITY_RANK[query.granularity];
      return entries
        .filter((e) => GRANULARITY_RANK[e.mention.date.granularity] <= maxRank && overlaps(e.interval, query.interval))
        .map((e) => e.mention);
    },
  };
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
