import { setImmediate as nextTurn } from 'node:timers/promises';
import { assembleSnapshot, type ArticleAnalysis, type Snapshot } from '../../core/pipeline/build-snapshot.js';
import type { SourceArticle } from '../../core/types.js';
import type { AnalysisCache } from '../ports/analysis-cache-port.js';
import type { AnalysisPool } from './analysis-pool.js';
import { createAnalysisRunner } from './analysis-runner.js';
import { createStringTable } from './intern-strings.js';

export interface SnapshotBuilderOptions {
  contentDir: string;
  configDir: string;
  timezone: string;
  cache: AnalysisCache;
  /** Worker threads for the scan and the analysis; null: everything in this thread. */
  pool: AnalysisPool | null;
  /** With a pool, fewer new articles than this are analysed in this thread (default 0: never). */
  inThreadBelow?: number;
  /** Scan in this thread even with a pool (a CLI run has no event loop to keep free). */
  scanInThread?: boolean;
  /** Keep one copy of each string of the analyses held (default true; a CLI run that ends at once can skip it). */
  internStrings?: boolean;
}

export interface BuildStats {
  articles: number;
  /** Analyses reused from the previous build (memory), read from the cache, made now. */
  reused: number;
  cached: number;
  analysed: number;
}

/** Builds snapshots, analysing only articles whose key (text, metadata, data, code) is new. */
export interface SnapshotBuilder {
  build(now: Date): Promise<Snapshot>;
  lastStats(): BuildStats;
}

/** Cache keys per read between two turns of the event loop. */
const CACHE_CHUNK = 200;

/**
 * A snapshot build in steps that each hold the event loop briefly: the scan (load data and content,
 * hash every article) and the analysis of new articles run in the pool's workers; analyses of the
 * previous build are reused by key, the rest are read from the cache in chunks, new ones are
 * cached. Same articles, same problems, same order as `buildSnapshot`; when nothing changed since
 * the last build the previous snapshot object itself is returned.
 */
export function createSnapshotBuilder(options: SnapshotBuilderOptions): SnapshotBuilder {
  const { cache, pool } = options;
  const runner = createAnalysisRunner(options);
  let memory = new Map<string, ArticleAnalysis>();
  let previous: { snapshot: Snapshot; keys: string[]; fingerprint: string } | null = null;
  let stats: BuildStats = { articles: 0, reused: 0, cached: 0, analysed: 0 };

  let chain: Promise<unknown> = Promise.resolve();
  const build = async (now: Date): Promise<Snapshot> => {
    const scanned = await runner.scan(now, [...memory.keys()]);
    const found = new Map<string, ArticleAnalysis>();
    let reused = 0;
    for (const item of scanned.items) {
      const held = memory.get(item.key);
      if (held) {
        found.set(item.key, held);
        reused += 1;
      }
    }
    const lookup = [...new Set(scanned.items.filter((item) => !found.has(item.key)).map((item) => item.key))];
    for (let i = 0; i < lookup.length; i += CACHE_CHUNK) {
      for (const [key, analysis] of cache.getMany(lookup.slice(i, i + CACHE_CHUNK))) found.set(key, analysis);
      await nextTurn();
    }
    const cached = found.size - reused;
    const missing = new Map<string, SourceArticle>();
    for (const item of scanned.items) if (!found.has(item.key) && item.source) missing.set(item.key, item.source);
    const keys = [...missing.keys()];
    const sources = [...missing.values()];
    // from here the sources are held only by what `analyse` hands to the workers
    missing.clear();
    for (const item of scanned.items) item.source = null;
    const made = await runner.analyse(sources);
    keys.forEach((key, i) => {
      const analysis = made.analyses[i];
      if (analysis) found.set(key, analysis);
    });
    if (made.dataVersion === scanned.dataVersion) {
      const fresh = keys.flatMap((key, i) => (found.has(key) ? [[key, found.get(key) as ArticleAnalysis, made.encoded?.[i]] as const] : []));
      // written in chunks too: serialising a whole archive at once would hold the loop for seconds
      for (let i = 0; i < fresh.length; i += CACHE_CHUNK) {
        cache.putMany(fresh.slice(i, i + CACHE_CHUNK));
        await nextTurn();
      }
    }
    const analyses = scanned.items.flatMap((item) => {
      const analysis = found.get(item.key);
      return analysis ? [analysis] : [];
    });
    if (options.internStrings ?? true) {
      // analyses read or made now (those reused from memory were done before); one table per build,
      // so no string outlives its articles
      const table = createStringTable();
      const newer = [...found].filter(([key]) => !memory.has(key)).map(([, analysis]) => analysis);
      for (let i = 0; i < newer.length; i += CACHE_CHUNK) {
        for (const analysis of newer.slice(i, i + CACHE_CHUNK)) table.intern(analysis);
        await nextTurn();
      }
    }
    memory = new Map(scanned.items.flatMap((item) => (found.has(item.key) ? [[item.key, found.get(item.key) as ArticleAnalysis] as const] : [])));
    stats = { articles: scanned.items.length, reused, cached, analysed: keys.length };
    const itemKeys = scanned.items.map((item) => item.key);
    const fingerprint = JSON.stringify([scanned.configOk, scanned.loadProblems]);
    if (previous && previous.fingerprint === fingerprint && sameList(previous.keys, itemKeys)) return previous.snapshot;
    const snapshot = assembleSnapshot({ loadProblems: scanned.loadProblems, analyses, configOk: scanned.configOk }, now);
    previous = { snapshot, keys: itemKeys, fingerprint };
    return snapshot;
  };
  return {
    lastStats: () => stats,
    // builds never overlap: each reuses what the one before it kept in memory
    build(now) {
      // the workers stay for the whole build (the scan, the cache reads, the analysis), then end when idle
      const run = chain.then(() => (pool ? pool.hold(() => build(now)) : build(now)));
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
