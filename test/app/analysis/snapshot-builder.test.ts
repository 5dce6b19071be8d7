import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnalysisCache } from '../../../src/adapters/analysis-cache/sqlite-analysis-cache.js';
import { createAnalysisPool } from '../../../src/app/analysis/analysis-pool.js';
import { createSnapshotBuilder } from '../../../src/app/analysis/snapshot-builder.js';
import { noAnalysisCache, type AnalysisCache } from '../../../src/app/ports/analysis-cache-port.js';
import { buildSnapshot, type Snapshot } from '../../../src/core/pipeline/build-snapshot.js';

const NOW = new Date('2024-06-20T06:00:00Z');
const temps: string[] = [];
const temp = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `khabar-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const builder = (contentDir: string, cache: AnalysisCache, configDir = 'config') =>
  createSnapshotBuilder({ contentDir, configDir, timezone: 'Asia/Kolkata', cache, pool: null });
/** Everything a reader sees of a snapshot (the event index by its size). */
const seen = (s: Snapshot) => ({ articles: s.articles, problems: s.problems, configOk: s.configOk, events: s.events.size });

describe.each([['the seeds', 'content'], ['unseen-facts', 'test/fixtures/unseen-facts'], ['a folder with broken files', 'test/fixtures/content-empty-binary']])(
  'analysis cache on %s: the same snapshot with and without it',
  (_name, contentDir) => {
    const plain = buildSnapshot({ contentDir, configDir: 'config', timezone: 'Asia/Kolkata' }, NOW);

    it('cold, warm (a new process: nothing in memory) and reused in memory are all identical to buildSnapshot', async () => {
      const cacheDir = temp('cache');
      const cold = builder(contentDir, openAnalysisCache(cacheDir));
      expect(seen(await cold.build(NOW))).toStrictEqual(seen(plain));
      expect(cold.lastStats()).toMatchObject({ cached: 0, reused: 0, analysed: plain.articles.length + countFailed(plain) });

      const warm = builder(contentDir, openAnalysisCache(cacheDir));
      const fromCache = await warm.build(NOW);
      expect(seen(fromCache)).toStrictEqual(seen(plain));
      expect(warm.lastStats()).toMatchObject({ analysed: 0, reused: 0 });
      // nothing changed: the very same snapshot object is kept
      expect(await warm.build(NOW)).toBe(fromCache);
      expect(warm.lastStats()).toMatchObject({ analysed: 0, cached: 0 });
    });
  },
);

function countFailed(s: Snapshot): number {
  return s.problems.filter((p) => p.message.startsWith('analysis failed')).length;
}

describe('what is analysed again', () => {
  it('only a changed or new file; a changed config/ re-analyses everything once', async () => {
    // four pages are enough to tell one re-analysed file from all of them (the whole folder of 30
    // analysed five times took 13 s, and over the 20 s limit on a busy two-core machine)
    const contentDir = temp('content');
    const pages = ['ipl.txt', 'sensex.txt', 'court-bail.txt', 'heatwave.txt'];
    for (const file of pages) cpSync(join('test/fixtures/unseen-facts', file), join(contentDir, file));
    const metadata = readFileSync('test/fixtures/unseen-facts/metadata.yaml', 'utf8').split('\n');
    writeFileSync(join(contentDir, 'metadata.yaml'), [metadata[0], ...metadata.filter((line) => pages.some((file) => line.trimStart().startsWith(`${file}:`)))].join('\n'));
    const configDir = temp('config');
    cpSync('config', configDir, { recursive: true });
    const cacheDir = temp('cache');
    const total = buildSnapshot({ contentDir, configDir, timezone: 'Asia/Kolkata' }, NOW).articles.length;
    expect(total).toBe(pages.length);

    await builder(contentDir, openAnalysisCache(cacheDir), configDir).build(NOW);
    const page = join(contentDir, 'ipl.txt');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nमैच के बाद खिलाड़ी होटल लौट गए।\n`);
    const next = builder(contentDir, openAnalysisCache(cacheDir), configDir);
    const after = await next.build(NOW);
    expect(next.lastStats()).toMatchObject({ analysed: 1, cached: total - 1 });
    expect(seen(after)).toStrictEqual(seen(buildSnapshot({ contentDir, configDir, timezone: 'Asia/Kolkata' }, NOW)));

    const words = join(configDir, 'common-words.txt');
    writeFileSync(words, `${readFileSync(words, 'utf8')}\nखिलाड़ीनुमा\n`);
    const changedData = builder(contentDir, openAnalysisCache(cacheDir), configDir);
    await changedData.build(NOW);
    expect(changedData.lastStats()).toMatchObject({ analysed: total, cached: 0 });
    const again = builder(contentDir, openAnalysisCache(cacheDir), configDir);
    await again.build(NOW);
    expect(again.lastStats()).toMatchObject({ analysed: 0, cached: total });

    // the run-time settings are not analysis data
    writeFileSync(join(configDir, 'default.yaml'), `${readFileSync(join(configDir, 'default.yaml'), 'utf8')}\n# edited\n`);
    const settings = builder(contentDir, openAnalysisCache(cacheDir), configDir);
    await settings.build(NOW);
    expect(settings.lastStats()).toMatchObject({ analysed: 0 });
  });

  it('in memory across builds: a reload after one new file analyses that file only', async () => {
    const contentDir = temp('content');
    cpSync('content', contentDir, { recursive: true });
    const b = builder(contentDir, noAnalysisCache);
    const first = await b.build(NOW);
    writeFileSync(join(contentDir, 'extra.txt'), `${readFileSync(join(contentDir, '000_f640ce1a00593bca.txt'), 'utf8')}\nनया अनुच्छेद।\n`);
    writeFileSync(join(contentDir, 'metadata.yaml'), `${readFileSync(join(contentDir, 'metadata.yaml'), 'utf8')}  extra.txt: { published: 2024-06-19, language: hi }\n`);
    const second = await b.build(NOW);
    expect(b.lastStats()).toMatchObject({ analysed: 1, reused: first.articles.length });
    expect(second.articles.map((a) => a.id)).toContain('extra');
    expect(second.articles.find((a) => a.id === '001_75f56c80fa5c6a6b')).toBe(first.articles.find((a) => a.id === '001_75f56c80fa5c6a6b'));
  });
});

describe('worker threads (TypeScript through tsx) give the same snapshot', () => {
  it('scan and analysis in a pool of 2 on unseen-facts', async () => {
    const pool = createAnalysisPool({ size: 2, idleMs: 200 });
    try {
      const b = createSnapshotBuilder({ contentDir: 'test/fixtures/unseen-facts', configDir: 'config', timezone: 'Asia/Kolkata', cache: noAnalysisCache, pool });
      const built = await b.build(NOW);
      expect(seen(built)).toStrictEqual(seen(buildSnapshot({ contentDir: 'test/fixtures/unseen-facts', configDir: 'config', timezone: 'Asia/Kolkata' }, NOW)));
      expect(b.lastStats().analysed).toBe(built.articles.length);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('worker threads and the cache together', () => {
  it('analyses made (and encoded) in the workers read back from the cache as the same snapshot', async () => {
    const cacheDir = temp('cache');
    const plain = buildSnapshot({ contentDir: 'test/fixtures/unseen-facts', configDir: 'config', timezone: 'Asia/Kolkata' }, NOW);
    const pool = createAnalysisPool({ size: 2 });
    try {
      const cold = openAnalysisCache(cacheDir);
      await createSnapshotBuilder({ contentDir: 'test/fixtures/unseen-facts', configDir: 'config', timezone: 'Asia/Kolkata', cache: cold, pool }).build(NOW);
      cold.close();
    } finally {
      await pool.close();
    }
    const warm = builder('test/fixtures/unseen-facts', openAnalysisCache(cacheDir));
    expect(seen(await warm.build(NOW))).toStrictEqual(seen(plain));
    expect(warm.lastStats()).toMatchObject({ analysed: 0, cached: plain.articles.length + countFailed(plain) });
  }, 60_000);
});
