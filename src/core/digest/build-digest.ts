import type { AnalysedArticle } from '../types.js';
import type { Digest, Story } from './digest-model.js';
import { groupStories, type StoryGroup } from './group-stories.js';
import { collectKeyFacts, type FactFormatters } from './key-facts.js';
import { mergeBullets } from './merge-bullets.js';

export interface DigestOptions {
  edition: string;
  /** At most this many stories; the rest are counted in `more`. */
  limit?: number;
  format: FactFormatters;
}

/**
 * Builds the platform-neutral digest: stories newest first, same-event articles grouped. Only the
 * stories within the limit are assembled (bullets, key facts); the rest are only counted.
 */
export function buildDigest(articles: readonly AnalysedArticle[], options: DigestOptions): Digest {
  const groups = groupStories(articles);
  const primary = (group: StoryGroup): AnalysedArticle => group.articles[0] as AnalysedArticle;
  const ordered = [...groups].sort((a, b) => primary(b).published.localeCompare(primary(a).published) || primary(a).id.localeCompare(primary(b).id));
  const limit = options.limit ?? ordered.length;
  const stories = ordered.slice(0, limit).map((group) => toStory(group, groups, options.format));
  return { edition: options.edition, stories, more: Math.max(0, ordered.length - limit) };
}

function toStory(group: StoryGroup, all: readonly StoryGroup[], format: FactFormatters): Story {
  const primary = group.articles[0] as AnalysedArticle;
  return {
    id: primary.id,
    published: primary.published,
    title: primary.title,
    bullets: mergeBullets(group.articles),
    keyFacts: collectKeyFacts(group.articles, format),
    sources: group.articles.map((a) => ({ article: a.id, published: a.published, title: a.title })),
    related: group.related.map((i) => (all[i]?.articles[0] as AnalysedArticle).id),
  };
}
