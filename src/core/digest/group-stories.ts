import { countAtMost } from '../sorted/count-at-most.js';
import type { AnalysedArticle } from '../types.js';
import { MAX_RELATED_STORIES, relatedGroups } from './related-stories.js';
import { SAME_STORY_DAYS, sameStory, signature, type Signature } from './story-signature.js';

export interface StoryGroup {
  /** Newest first. */
  articles: AnalysedArticle[];
  /** Indexes of other groups about the same event but published far apart. */
  related: number[];
}

/** Sources one story holds at most: a larger cluster of matches is split into several stories. */
export const MAX_SOURCES_PER_STORY = 8;

export interface StoryLimits {
  maxSources: number;
  /** Cross-references one story keeps (the newest). */
  maxRelated: number;
}

/**
 * Groups articles about the same event: published within a few days of each other and sharing
 * entities, with at least one shared specific date or a strong entity overlap. Articles far apart
 * in time that share a specific day are cross-referenced instead.
 *
 * Only articles that share an entity and were published within the window are compared (an
 * inverted index from entity to articles, newest first), and pairs are joined newest first, each
 * join only while the story stays within `maxSources`.
 */
export function groupStories(articles: readonly AnalysedArticle[], limits: Partial<StoryLimits> = {}): StoryGroup[] {
  const { maxSources = MAX_SOURCES_PER_STORY, maxRelated = MAX_RELATED_STORIES } = limits;
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const keys = sorted.map(signature);
  const parent = sorted.map((_, i) => i);
  const size = sorted.map(() => 1);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const join = (i: number, j: number): void => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj || (size[ri] as number) + (size[rj] as number) > maxSources) return;
    parent[rj] = ri;
    size[ri] = (size[ri] as number) + (size[rj] as number);
  };
  for (const [i, candidates] of candidatePairs(keys)) {
    for (const j of candidates) if (sameStory(keys[i] as Signature, keys[j] as Signature)) join(i, j);
  }
  const byRoot = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  });
  const members = [...byRoot.values()];
  const related = relatedGroups(members.map((group) => group.map((i) => keys[i] as Signature)), maxRelated);
  return members.map((group, g) => ({ articles: group.map((i) => sorted[i] as AnalysedArticle), related: related[g] ?? [] }));
}

/**
 * For each article i (in order), the later articles j > i sharing an entity with it and published
 * at most SAME_STORY_DAYS apart, ascending: the only pairs `sameStory` can accept, in all-pairs order.
 */
function* candidatePairs(keys: readonly Signature[]): Generator<[number, number[]]> {
  const postings = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const entity of key.entities) {
      const list = postings.get(entity);
      if (list) list.push(i);
      else postings.set(entity, [i]);
    }
  });
  const seen = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as Signature;
    const candidates: number[] = [];
    for (const entity of key.entities) {
      const list = postings.get(entity) as number[];
      // the list is ascending in index, so descending in publication date
      for (let at = countAtMost(list, i); at < list.length; at++) {
        const j = list[at] as number;
        if ((keys[j] as Signature).published < key.published - SAME_STORY_DAYS) break;
        if (seen[j] !== i) {
          seen[j] = i;
          candidates.push(j);
        }
      }
    }
    if (candidates.length > 0) yield [i, candidates.sort((a, b) => a - b)];
  }
}

