import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';
import type { AnalysisCache } from '../../app/ports/analysis-cache-port.js';

/** File name of the cache inside the data folder (next to the database, or CACHE_DIR). */
export const ANALYSIS_CACHE_FILE = 'analysis-cache.db';
/** Rows not used for this long are deleted when the cache is opened. */
const KEEP_DAYS = 30;
const DAY_MS = 86_400_000;
/** SQLite's limit on bound parameters is far above this; one statement per chunk of keys. */
const CHUNK = 500;

/**
 * The analysis cache in its own SQLite file (WAL, so the bot and a CLI run can share it). Rows hold
 * the v8 serialisation of the analysis (the structured-clone format: Maps, optional fields and
 * numbers come back exactly). `used` (a day number) is refreshed at most once a day per row; rows
 * unused for 30 days are pruned at open. Any SQLite failure disables the cache for this process
 * (`onError` is told once): the analysis still runs, only slower.
 */
export function openAnalysisCache(dir: string, options: { onError?: (error: Error) => void; now?: () => Date } = {}): AnalysisCache {
  const now = options.now ?? (() => new Date());
  const today = (): number => Math.floor(now().getTime() / DAY_MS);
  let db: Database | null = null;
  const fail = (error: unknown): void => {
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
    try {
      db?.close();
    } catch {
      // already unusable
    }
    db = null;
  };
  try {
    mkdirSync(dir, { recursive: true });
    db = new BetterSqlite3(join(dir, ANALYSIS_CACHE_FILE), { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // rows are read by key once per build: a 2 MB page cache (better-sqlite3's default is 16 MB)
    // loses nothing, and its pages, long-lived among freed buffers, kept freed memory resident
    db.pragma('cache_size = -2000');
    db.exec('CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID');
    db.prepare('DELETE FROM analysis WHERE used < ?').run(today() - KEEP_DAYS);
  } catch (error) {
    fail(error);
  }
  const select = (n: number) => db?.prepare(`SELECT key, value, used FROM analysis WHERE key IN (${Array(n).fill('?').join(',')})`);
  return {
    getMany(keys) {
      const found = new Map<string, ArticleAnalysis>();
      if (!db) return found;
      try {
        const stale: string[] = [];
        const day = today();
        for (let i = 0; i < keys.length; i += CHUNK) {
          const part = keys.slice(i, i + CHUNK);
          const rows = (select(part.length)?.all(...part) ?? []) as { key: string; value: Buffer; used: number }[];
          for (const row of rows) {
            found.set(row.key, deserialize(row.value) as ArticleAnalysis);
            if (row.used < day) stale.push(row.key);
          }
        }
        if (stale.length > 0) {
          const touch = db.prepare('UPDATE analysis SET used = ? WHERE key = ?');
          db.transaction(() => stale.forEach((key) => touch.run(day, key)))();
        }
      } catch (error) {
        fail(error);
      }
      return found;
    },
    putMany(entries) {
      if (!db || entries.length === 0) return;
      try {
        const put = db.prepare('INSERT OR REPLACE INTO analysis (key, value, used) VALUES (?, ?, ?)');
        const day = today();
        db.transaction(() => entries.forEach(([key, analysis, encoded]) => put.run(key, encoded ?? serialize(analysis), day)))();
      } catch (error) {
        fail(error);
      }
    },
    close() {
      try {
        db?.close();
      } catch {
        // closing a broken cache is not worth an error
      }
      db = null;
    },
  };
}

/** Where the cache lives: CACHE_DIR, else the folder of the database. */
export function analysisCacheDir(env: { cacheDir?: string | undefined; databasePath: string }): string {
  return env.cacheDir && env.cacheDir.length > 0 ? env.cacheDir : dirname(env.databasePath);
}
