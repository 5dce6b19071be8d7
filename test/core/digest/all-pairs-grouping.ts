import type { StoryLimits } from '../../../src/core/digest/group-stories.js';
import { sameStory, shareDay, signature } from '../../../src/core/digest/story-signature.js';
import type { AnalysedArticle } from '../../../src/core/types.js';

/**
 * The grouping before it had an index (the reference for the equivalence test and the "before" of
 * the benchmark): every pair compared, joined in pair order (the only change:
 * a join that would exceed `maxSources` is skipped, and `related` keeps the first `maxRelated`).
 */
export function allPairs(articles: readonly AnalysedArticle[], { maxSources, maxRelated }: StoryLimits): string[][][] {
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const parent = sorted.map((_, i) => i);
  const size = sorted.map(() => 1);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const keys = sorted.map(signature);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (!sameStory(keys[i]!, keys[j]!)) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri !== rj && size[ri]! + size[rj]! <= maxSources) {
        parent[rj] = ri;
        size[ri]! += size[rj]!;
      }
    }
  }
  const byRoot = new Map<number, number[]>();
  sorted.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  const members = [...byRoot.values()];
  return members.map((group, g) => [
    group.map((i) => sorted[i]!.id),
    members
      .map((other, h) => ({ other, h }))
      .filter(({ other, h }) => h !== g && group.some((i) => other.some((j) => shareDay(keys[i]!, keys[j]!))))
      .map(({ h }) => String(h))
      .slice(0, maxRelated),
  ]);
}
