import { createHash, randomUUID } from 'node:crypto';
import { loadContent } from '../../core/content/load-content.js';
import { loadData, type LoadedData } from '../../core/data/load-data.js';
import { analysisKey } from '../../core/pipeline/analysis-key.js';
import { analyseSource, type ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';
import { createAnalyser, type Analyser } from '../../core/pipeline/create-analyser.js';
import type { Problem, SourceArticle } from '../../core/types.js';
import { dataVersion } from './analysis-version.js';

export interface ScanRequest {
  contentDir: string;
  configDir: string;
  timezone: string;
  /** ms since the epoch: what publication dates in the future are measured against. */
  now: number;
  codeVersion: string;
  /** Keys the caller already holds an analysis for: their sources are not sent back. */
  known: readonly string[];
}

/** One article of the folder, in content order; `source` only when the caller does not know the key. */
export interface ScanItem {
  key: string;
  source: SourceArticle | null;
}

export interface ScanResult {
  /** Problems of the data and the content folder (the articles' own come with their analyses). */
  loadProblems: Problem[];
  configOk: boolean;
  /** Hash of the data the scan loaded; an analysis made with other data is not cached. */
  dataVersion: string;
  items: ScanItem[];
}

function safeDataVersion(configDir: string): string {
  try {
    return dataVersion(configDir);
  } catch {
    return `unreadable-${randomUUID()}`;
  }
}

/**
 * Loads the data with its hash, read before and after: data that changed while it loaded (or could
 * not be read) gets a one-off version, so nothing analysed with it is cached under a wrong key.
 */
function loadVersioned(configDir: string): { version: string; data: LoadedData } {
  const before = safeDataVersion(configDir);
  const data = loadData(configDir);
  const after = safeDataVersion(configDir);
  return { version: before === after ? after : `changing-${randomUUID()}`, data };
}

/** Loads data and content and keys every article: the first half of a snapshot build. */
export function scanContent(request: ScanRequest): { scan: ScanResult; data: LoadedData } {
  const { version, data } = loadVersioned(request.configDir);
  const content = loadContent(request.contentDir, { timezone: request.timezone, now: new Date(request.now) });
  const known = new Set(request.known);
  const full = createHash('sha256').update(request.codeVersion).update(version).digest('base64url');
  const items = content.articles.map((source): ScanItem => {
    const key = analysisKey(source, full);
    return { key, source: known.has(key) ? null : source };
  });
  return { scan: { loadProblems: [...data.problems, ...content.problems], configOk: data.ok, dataVersion: version, items }, data };
}

/**
 * Analysers by data version, so a worker loads and compiles the data once and again only when
 * config/ changed. `seed` hands over data a scan in the same thread already loaded.
 */
export function createAnalyserCache(): {
  seed(version: string, data: LoadedData): void;
  analyse(configDir: string, sources: readonly SourceArticle[]): { dataVersion: string; analyses: ArticleAnalysis[] };
} {
  let held: { version: string; data: LoadedData; analyser: Analyser | null } | null = null;
  return {
    seed(version, data) {
      if (held?.version !== version) held = { version, data, analyser: null };
    },
    analyse(configDir, sources) {
      const version = safeDataVersion(configDir);
      if (held?.version !== version) {
        const loaded = loadVersioned(configDir);
        held = { version: loaded.version, data: loaded.data, analyser: null };
      }
      held.analyser ??= createAnalyser(held.data.data);
      const analyse = held.analyser;
      return { dataVersion: held.version, analyses: sources.map((source) => analyseSource(analyse, source)) };
    },
  };
}
