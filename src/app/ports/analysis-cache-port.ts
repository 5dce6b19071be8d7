import type { ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';

/**
 * Analysed articles kept across runs (SQLite adapter in src/adapters/analysis-cache), keyed by
 * `analysisKey` (source text and metadata, data and code version). Shared by the CLI and the bot.
 * A cache that fails answers "not cached" and drops writes: it never stops an analysis.
 */
export interface AnalysisCache {
  /** The cached analyses among `keys` (absent keys are not cached). */
  getMany(keys: readonly string[]): Map<string, ArticleAnalysis>;
  /** Entries of key, analysis and, when the worker made it, the analysis already in the v8
   * serialisation (structured-clone) format, stored as is. */
  putMany(entries: ReadonlyArray<readonly [string, ArticleAnalysis, Uint8Array?]>): void;
  close(): void;
}

/** No cache: every article is analysed (`--no-cache`, tests). */
export const noAnalysisCache: AnalysisCache = {
  getMany: () => new Map(),
  putMany: () => undefined,
  close: () => undefined,
};
