import { join, resolve } from 'node:path';
import { analysisCacheDir, openAnalysisCache } from '../adapters/analysis-cache/sqlite-analysis-cache.js';
import { createAnalysisPool } from '../app/analysis/analysis-pool.js';
import { createSnapshotBuilder } from '../app/analysis/snapshot-builder.js';
import type { Logger } from '../app/logger.js';
import { noAnalysisCache, type AnalysisCache } from '../app/ports/analysis-cache-port.js';
import type { Snapshot } from '../core/pipeline/build-snapshot.js';
import type { Problem } from '../core/types.js';

/** What a command needs from the outside world; tests pass buffers instead of process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  logger: Logger;
  cwd: string;
  /** Today, for the digest edition; fixed in tests. */
  now: () => Date;
  /** Environment (TRANSLATE_* for `facts` through a provider); absent = no provider. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface GlobalOptions {
  content: string;
  config: string;
  tz: string;
  /** `--log-json`: problems as pino JSON lines on stderr (for machines) instead of `file:line: …` lines. */
  logJson?: boolean;
  /** `--no-cache`: analyse every article, neither reading nor writing the analysis cache. */
  cache?: boolean;
}

/** New articles from this many on are analysed in worker threads (fewer: not worth starting them). */
const POOL_FROM = 64;

/**
 * The analysis cache of a CLI run: CACHE_DIR, else the folder of DATABASE_PATH, else `data/` (where
 * the default database lives), relative to the working folder — shared with the bot. None without
 * an environment (in-process tests) or with --no-cache.
 */
function cliCache(options: GlobalOptions, io: CliIo): AnalysisCache {
  if (!io.env || options.cache === false) return noAnalysisCache;
  const dir = resolve(io.cwd, analysisCacheDir({ cacheDir: io.env.CACHE_DIR, databasePath: io.env.DATABASE_PATH || join('data', 'khabar.db') }));
  return openAnalysisCache(dir, { onError: (error) => io.logger.debug({ err: error.message, dir }, 'analysis cache unavailable') });
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

/** Raised by a command to end with a one-line message and an exit code (never a stack trace). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `file:line: severity: message`, the way compilers print it (file and line for people and editors). */
export function problemLine(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity}: ${p.message}`;
}

/**
 * Loads the snapshot for a command (analysing only articles the cache does not hold) and reports its problems on stderr: one `file:line: …` line
 * each, or pino JSON with --log-json. When any is an error (an article or config file that could
 * not be read) the output is incomplete: a last line says so and `setExit` gets exit 1, so a
 * partial result never looks complete. `quiet`: the command prints the problems itself (validate).
 */
export async function loadSnapshot(options: GlobalOptions, io: CliIo, setExit: (code: number) => void, quiet = false): Promise<Snapshot> {
  const cache = cliCache(options, io);
  const pool = createAnalysisPool({ idleMs: 1000 });
  let snapshot: Snapshot;
  try {
    const builder = createSnapshotBuilder({ contentDir: options.content, configDir: options.config, timezone: options.tz, cache, pool, inThreadBelow: POOL_FROM, scanInThread: true, internStrings: false });
    snapshot = await builder.build(io.now());
  } finally {
    cache.close();
    await pool.close();
  }
  const errors = snapshot.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) setExit(EXIT.content);
  if (quiet) return snapshot;
  for (const problem of snapshot.problems) {
    if (options.logJson) io.logger.warn({ file: problem.file, line: problem.line, severity: problem.severity }, problem.message);
    else io.stderr(`${problemLine(problem)}\n`);
  }
  if (errors > 0 && !options.logJson) {
    io.stderr(`khabar: output incomplete: ${errors} error${errors === 1 ? '' : 's'} above (run validate for the full report)\n`);
  }
  return snapshot;
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
