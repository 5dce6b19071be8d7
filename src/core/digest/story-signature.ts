import type { AnalysedArticle } from '../types.js';

/** Publication within this many days, plus shared entities and dates, makes one story. */
export const SAME_STORY_DAYS = 4;
const MIN_ENTITY_SIMILARITY = 0.3;

/** What grouping compares of an article: its entities (English names), specific days and publication day. */
export interface Signature {
  entities: Set<string>;
  days: Set<string>;
  /** Days since 1970-01-01 of the publication date. */
  published: number;
}

export function signature(article: AnalysedArticle): Signature {
  const { people, places, organisations } = article.entities;
  return {
    entities: new Set([...people, ...places, ...organisations].map((e) => e.en)),
    days: new Set(article.facts.dates.filter((d) => d.granularity === 'day').map((d) => d.value)),
    published: dayNumber(article.published),
  };
}

/**
 * Same story: published within a few days, sharing entities, with at least one shared specific
 * day or a strong entity overlap. Needs a shared entity, so only articles sharing one are compared;
 * an unreadable publication date matches nothing.
 */
export function sameStory(a: Signature, b: Signature): boolean {
  if (!(Math.abs(a.published - b.published) <= SAME_STORY_DAYS)) return false;
  const similarity = jaccard(a.entities, b.entities);
  return similarity >= MIN_ENTITY_SIMILARITY && (shareDay(a, b) || similarity >= 2 * MIN_ENTITY_SIMILARITY);
}

export function shareDay(a: Signature, b: Signature): boolean {
  for (const day of a.days) if (b.days.has(day)) return true;
  return false;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
}
