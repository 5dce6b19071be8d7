/**
 * `npm run bench` (second part): the analysis cache and reloads at scale. Builds synthetic archives
 * (real pages from the fixtures with variations; BENCH_SIZES, default 1000,10000) in a temp folder
 * and prints one JSON object: CPU per article cold (no cache) and warm (a new process reading the
 * cache), a reload after one changed file, RSS with the archive loaded and across 5 reloads, and
 * the ratios. CPU is process CPU (worker threads included); loopBlockMs is the longest the event
 * loop was held during a build (a command sent then waits at most that long).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { openAnalysisCache } from '../src/adapters/analysis-cache/sqlite-analysis-cache.js';
import { createAnalysisPool } from '../src/app/analysis/analysis-pool.js';
import { createSnapshotBuilder, type SnapshotBuilder } from '../src/app/analysis/snapshot-builder.js';
import type { AnalysisCache } from '../src/app/ports/analysis-cache-port.js';
import { writeSyntheticContent } from '../test/helpers/synthetic-content.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const NOW = new Date('2025-01-01T00:00:00Z');
const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU and wall time, and the longest the event loop was held meanwhile (what a command would wait). */
async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number; loopBlockMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpu = cpuMs();
  const wall = performance.now();
  const value = await fn();
  delay.disable();
  return { value, cpuMs: Math.round(cpuMs() - cpu), wallMs: Math.round(performance.now() - wall), loopBlockMs: Math.round(delay.max / 1e6) };
}

function builderFor(contentDir: string, cache: AnalysisCache, pool: ReturnType<typeof createAnalysisPool>): SnapshotBuilder {
  return createSnapshotBuilder({ contentDir, configDir: 'config', timezone: 'Asia/Kolkata', cache, pool });
}

async function scale(size: number): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), `khabar-bench-${size}-`));
  const contentDir = join(root, 'content');
  const files = writeSyntheticContent(contentDir, size);
  const cacheDir = join(root, 'cache');
  const pool = createAnalysisPool();
  try {
    // cold: nothing cached, every article analysed in the workers
    const coldCache = openAnalysisCache(cacheDir);
    // (only counts are kept from each build: a snapshot held here would count in the RSS below)
    const cold = await measure(async () => (await builderFor(contentDir, coldCache, pool).build(NOW)).articles.length);
    coldCache.close();
    // warm: a new builder (as a new process would be) reading every article from the cache
    const warmCache = openAnalysisCache(cacheDir);
    const bot = builderFor(contentDir, warmCache, pool);
    const warm = await measure(async () => (await bot.build(NOW)).articles.length);
    // a reload after one changed file (the builder keeps the last build's analyses in memory)
    const changed = join(contentDir, files[Math.floor(files.length / 2)] ?? '');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nबदला हुआ अनुच्छेद।\n`);
    const oneChanged = await measure(async () => (await bot.build(NOW)).articles.length);
    const stats = bot.lastStats();
    await new Promise((resolve) => setTimeout(resolve, 800)); // workers end after a build
    const loadedRss = mb(process.memoryUsage().rss);
    const reloadRss: number[] = [];
    const reloadMs: number[] = [];
    const reloadLoopBlockMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nफिर बदला ${i}।\n`);
      const r = await measure(async () => (await bot.build(NOW)).articles.length);
      reloadMs.push(r.wallMs);
      reloadLoopBlockMs.push(r.loopBlockMs);
      await new Promise((resolve) => setTimeout(resolve, 800));
      reloadRss.push(mb(process.memoryUsage().rss));
    }
    warmCache.close();
    const articles = warm.value;
    return {
      articles,
      coldCpuMs: cold.cpuMs,
      coldWallMs: cold.wallMs,
      coldLoopBlockMs: cold.loopBlockMs,
      coldCpuMsPerArticle: Number((cold.cpuMs / articles).toFixed(2)),
      warmCpuMs: warm.cpuMs,
      warmCpuMsPerArticle: Number((warm.cpuMs / articles).toFixed(3)),
      warmLoopBlockMs: warm.loopBlockMs,
      warmOverColdCpu: Number((warm.cpuMs / cold.cpuMs).toFixed(3)),
      reloadOneChangedCpuMs: oneChanged.cpuMs,
      reloadOneChangedWallMs: oneChanged.wallMs,
      reloadOneChangedOverColdCpu: Number((oneChanged.cpuMs / cold.cpuMs).toFixed(3)),
      reloadOneChangedAnalysed: stats.analysed,
      rssLoadedMB: loadedRss,
      rssAcross5ReloadsMB: reloadRss,
      reloadWallMs: reloadMs,
      reloadLoopBlockMs,
      cacheFileMB: mb(readFileSync(join(cacheDir, 'analysis-cache.db')).length),
    };
  } finally {
    await pool.close();
    // BENCH_KEEP=1 keeps the archive and its cache (to time the CLI on them)
    if (process.env.BENCH_KEEP) process.stderr.write(`kept ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const results: Record<string, unknown> = {};
for (const size of sizes) results[`articles${size}`] = await scale(size);
results.peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
process.stdout.write(`${JSON.stringify({ analysisCacheAndReload: results }, null, 2)}\n`);
