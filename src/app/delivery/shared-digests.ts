import { makeDigestId } from './digest-id.js';
import { buildDigest } from '../../core/digest/build-digest.js';
import type { Digest } from '../../core/digest/digest-model.js';
import { factFormatters } from '../../core/pipeline/fact-formatters.js';
import type { AnalysedArticle } from '../../core/types.js';
import type { DigestRenderer } from '../ports/sender-port.js';
import type { Language } from '../ports/store-port.js';

/** A digest planned for a set of fresh articles: what every subscription with that set is sent. */
export interface PlannedDigest {
  digest: Digest;
  /** Every source of every story (marked sent with the digest). */
  articleIds: string[];
  digestId: string;
}

/**
 * Digests shared within one planning run: built once per (snapshot, edition, fresh-article set)
 * and rendered once per (digest, platform, language), so a thousand subscriptions that have been
 * sent the same articles cost one digest, not a thousand.
 */
export interface SharedDigests {
  /** The digest of the articles of `all` not in `sent`. */
  digestFor(all: readonly AnalysedArticle[], sent: ReadonlySet<string>, edition: string): PlannedDigest;
  partsFor(planned: PlannedDigest, renderer: DigestRenderer, language: Language): string[];
  /** Digests built and renders made so far (for logs and benchmarks). */
  readonly built: number;
  readonly rendered: number;
}

export function createSharedDigests(maxStories: number): SharedDigests {
  let snapshot: readonly AnalysedArticle[] | null = null;
  let digests = new Map<string, PlannedDigest>();
  const renders = new WeakMap<PlannedDigest, Map<string, string[]>>();
  let built = 0;
  let rendered = 0;
  return {
    digestFor(all, sent, edition) {
      if (all !== snapshot) {
        // a reload between two subscriptions: digests of the old snapshot are not reused
        snapshot = all;
        digests = new Map();
      }
      const { fresh, key } = freshArticles(all, sent);
      const cacheKey = `${edition}\n${key}`;
      let planned = digests.get(cacheKey);
      if (planned === undefined) {
        const digest = buildDigest(fresh, { edition, limit: maxStories, format: factFormatters });
        const articleIds = [...new Set(digest.stories.flatMap((story) => story.sources.map((source) => source.article)))];
        planned = { digest, articleIds, digestId: makeDigestId(edition, articleIds) };
        digests.set(cacheKey, planned);
        built += 1;
      }
      return planned;
    },
    partsFor(planned, renderer, language) {
      let byTarget = renders.get(planned);
      if (byTarget === undefined) renders.set(planned, (byTarget = new Map()));
      const target = `${renderer.platform}\n${language}`;
      let parts = byTarget.get(target);
      if (parts === undefined) {
        parts = planned.digest.stories.length === 0 ? [] : renderer.render(planned.digest, language);
        byTarget.set(target, parts);
        rendered += 1;
      }
      return parts;
    },
    get built() {
      return built;
    },
    get rendered() {
      return rendered;
    },
  };
}

/**
 * The fresh articles and a key naming them within the snapshot: the ids of the fresh ones or of
 * the sent ones, whichever list is shorter (a first digest is "all"; a daily one, a few new ids).
 */
function freshArticles(all: readonly AnalysedArticle[], sent: ReadonlySet<string>): { fresh: readonly AnalysedArticle[]; key: string } {
  if (sent.size === 0) return { fresh: all, key: 'all' };
  const fresh: AnalysedArticle[] = [];
  const seen: string[] = [];
  for (const article of all) {
    if (sent.has(article.id)) seen.push(article.id);
    else fresh.push(article);
  }
  if (seen.length === 0) return { fresh: all, key: 'all' };
  const key = fresh.length <= seen.length ? `fresh\n${fresh.map((a) => a.id).join('\n')}` : `sent\n${seen.join('\n')}`;
  return { fresh, key };
}
