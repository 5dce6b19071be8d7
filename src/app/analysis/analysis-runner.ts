import type { ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';
import type { SourceArticle } from '../../core/types.js';
import type { AnalysisPool } from './analysis-pool.js';
import { codeVersion } from './analysis-version.js';
import { createAnalyserCache, scanContent, type ScanRequest, type ScanResult } from './scan-content.js';
import type { SnapshotBuilderOptions } from './snapshot-builder.js';

/** Articles per analysis task. */
const BATCH = 8;

export interface AnalysisRun {
  /** The data the analyses used ('mixed' when config/ changed between batches). */
  dataVersion: string;
  analyses: ArticleAnalysis[];
  encoded?: Uint8Array[];
}

export interface AnalysisRunner {
  /** Loads data and content and hashes every article; articles whose key is `known` come without their text. */
  scan(now: Date, known: string[]): Promise<ScanResult>;
  /** Analyses `sources` (with a pool, the array is emptied as its batches go to the workers). */
  analyse(sources: SourceArticle[]): Promise<AnalysisRun>;
}

/** Runs the scan and the analysis in the pool's workers, or in this thread (no pool, or as the options say). */
export function createAnalysisRunner(
  options: Pick<SnapshotBuilderOptions, 'contentDir' | 'configDir' | 'timezone' | 'pool' | 'inThreadBelow' | 'scanInThread'>,
): AnalysisRunner {
  const { pool } = options;
  const local = createAnalyserCache();

  const scan = async (now: Date, known: string[]): Promise<ScanResult> => {
    const request: ScanRequest = {
      contentDir: options.contentDir, configDir: options.configDir, timezone: options.timezone, now: now.getTime(), codeVersion: codeVersion(), known,
    };
    if (pool && !options.scanInThread) return pool.scan(request);
    const { scan: result, data } = scanContent(request);
    local.seed(result.dataVersion, data);
    return result;
  };
  const analyse = async (sources: SourceArticle[]): Promise<AnalysisRun> => {
    if (pool && sources.length >= (options.inThreadBelow ?? 0)) {
      // batches are taken out of `sources`: a page's text is let go once a worker has its batch
      const tasks: ReturnType<AnalysisPool['analyse']>[] = [];
      while (sources.length > 0) tasks.push(pool.analyse(options.configDir, sources.splice(0, BATCH)));
      const done = await Promise.all(tasks);
      // each batch says which data it used; a mix means config/ changed meanwhile (nothing is cached)
      const versions = new Set(done.map((d) => d.dataVersion));
      return { dataVersion: versions.size === 1 ? (done[0]?.dataVersion ?? '') : 'mixed', analyses: done.flatMap((d) => d.analyses), encoded: done.flatMap((d) => d.encoded) };
    }
    return local.analyse(options.configDir, sources);
  };
  return { scan, analyse };
}
