import { serialize } from 'node:v8';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisCacheDir, openAnalysisCache } from '../../../src/adapters/analysis-cache/sqlite-analysis-cache.js';
import type { ArticleAnalysis } from '../../../src/core/pipeline/build-snapshot.js';
import { makeArticle } from '../../helpers/make-article.js';

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cache-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const analysis: ArticleAnalysis = {
  article: { ...makeArticle({ id: 'a', published: '2024-06-18', sentences: ['मंगलवार को बैठक हुई।'], dates: [[0, 'मंगलवार', '2024-06-18', 'day']] }), publishedAt: undefined },
  problems: [{ file: 'a.txt', message: 'text without sentence ends was cut', severity: 'warning' }],
};

describe('SQLite analysis cache', () => {
  it('gives back exactly what was stored: Map of English lines, explicit undefined, problems; across opens', () => {
    const dir = temp();
    const cache = openAnalysisCache(dir);
    cache.putMany([['k1', analysis], ['k2', { article: null, problems: [{ file: 'b.txt', message: 'analysis failed: x', severity: 'error' }] }]]);
    cache.close();
    const again = openAnalysisCache(dir);
    const found = again.getMany(['k1', 'k2', 'missing']);
    expect([...found.keys()].sort()).toEqual(['k1', 'k2']);
    expect(found.get('k1')).toStrictEqual(analysis);
    expect(found.get('k1')?.article?.english).toBeInstanceOf(Map);
    expect(found.get('k2')?.article).toBeNull();
    again.close();
  });

  it('stores bytes a worker already encoded as they are (v8 serialisation) and gives back the same analysis', () => {
    const cache = openAnalysisCache(temp());
    cache.putMany([['k', analysis, new Uint8Array(serialize(analysis))]]);
    expect(cache.getMany(['k']).get('k')).toStrictEqual(analysis);
    cache.close();
  });

  it('reads more keys than one statement binds', () => {
    const cache = openAnalysisCache(temp());
    const keys = Array.from({ length: 1200 }, (_, i) => `k${i}`);
    cache.putMany(keys.map((k) => [k, analysis] as const));
    expect(cache.getMany(keys).size).toBe(1200);
    cache.close();
  });

  it('rows unused for 30 days are pruned when the cache is opened', () => {
    const dir = temp();
    let now = new Date('2024-01-01T00:00:00Z');
    const old = openAnalysisCache(dir, { now: () => now });
    old.putMany([['old', analysis]]);
    old.close();
    now = new Date('2024-02-15T00:00:00Z');
    const later = openAnalysisCache(dir, { now: () => now });
    expect(later.getMany(['old']).size).toBe(0);
    later.close();
  });

  it('a cache that cannot be opened reports once and answers "not cached"; it never throws', () => {
    const file = join(temp(), 'not-a-folder');
    writeFileSync(file, 'x');
    const errors: Error[] = [];
    const cache = openAnalysisCache(file, { onError: (e) => errors.push(e) });
    expect(cache.getMany(['k']).size).toBe(0);
    expect(() => cache.putMany([['k', analysis]])).not.toThrow();
    cache.close();
    expect(errors).toHaveLength(1);
  });

  it.each([
    [{ cacheDir: '/srv/cache', databasePath: 'data/khabar.db' }, '/srv/cache'],
    [{ cacheDir: undefined, databasePath: '/var/lib/khabar/khabar.db' }, '/var/lib/khabar'],
    [{ cacheDir: '', databasePath: 'data/khabar.db' }, 'data'],
  ])('lives in CACHE_DIR, else the database folder: %j → %s', (env, dir) => {
    expect(analysisCacheDir(env)).toBe(dir);
  });
});
