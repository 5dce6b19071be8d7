import type { ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';

/**
 * Analysed articles kept across runs (SQLite adapter in src/adapters/analysis-cache), keyed by
 * `analysisKey` (source text and metadata, data and code version). Shared by the CLI and the bot.
 * A cache that fails answers "not cached" and drops writes: it never stops an analysis.
 */
export interface AnalysisCache {
  /** The cached analyses among `keys` (absent keys are not cached). */
  getMany(keys: readonly string[]): Map<string, ArticleAnalysis>;
  putMany(entries: ReadonlyArray<readonly [string, ArticleAnalysis]>): void;
  close(): void;
}

/** No cache: every article is analysed (`--no-cache`, tests). */
export const noAnalysisCache: AnalysisCache = {
  getMany: () => new Map(),
  putMany: () => undefined,
  close: () => undefined,
};
