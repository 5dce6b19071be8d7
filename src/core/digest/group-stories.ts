import type { AnalysedArticle } from '../types.js';

export interface StoryGroup {
  /** Newest first. */
  articles: AnalysedArticle[];
  /** Indexes of other groups about the same event but published far apart. */
  related: number[];
}

/** Publication within this many days, plus shared entities and dates, makes one story. */
const SAME_STORY_DAYS = 4;
const MIN_ENTITY_SIMILARITY = 0.3;

/**
 * Groups articles about the same event: published within a few days of each other and sharing
 * entities, with at least one shared specific date or a strong entity overlap. Articles far apart
 * in time that share a specific day are cross-referenced instead.
 */
export function groupStories(articles: readonly AnalysedArticle[]): StoryGroup[] {
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const keys = sorted.map(signature);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (sameStory(sorted[i] as AnalysedArticle, sorted[j] as AnalysedArticle, keys[i] as Signature, keys[j] as Signature)) {
        parent[find(j)] = find(i);
      }
    }
  }
  const byRoot = new Map<number, number[]>();
  sorted.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  const members = [...byRoot.values()];
  return members.map((group, g) => ({
    articles: group.map((i) => sorted[i] as AnalysedArticle),
    related: members
      .map((other, h) => ({ other, h }))
      .filter(({ other, h }) => h !== g && group.some((i) => other.some((j) => shareDay(keys[i] as Signature, keys[j] as Signature))))
      .map(({ h }) => h),
  }));
}

interface Signature {
  entities: Set<string>;
  days: Set<string>;
}

function signature(article: AnalysedArticle): Signature {
  const { people, places, organisations } = article.entities;
  return {
    entities: new Set([...people, ...places, ...organisations].map((e) => e.en)),
    days: new Set(article.facts.dates.filter((d) => d.granularity === 'day').map((d) => d.value)),
  };
}

function sameStory(a: AnalysedArticle, b: AnalysedArticle, ka: Signature, kb: Signature): boolean {
  if (Math.abs(dayNumber(a.published) - dayNumber(b.published)) > SAME_STORY_DAYS) return false;
  const similarity = jaccard(ka.entities, kb.entities);
  return similarity >= MIN_ENTITY_SIMILARITY && (shareDay(ka, kb) || similarity >= 2 * MIN_ENTITY_SIMILARITY);
}

function shareDay(a: Signature, b: Signature): boolean {
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
