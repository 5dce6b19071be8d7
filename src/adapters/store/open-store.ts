import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { applyMigrations, MIGRATIONS, type Migration } from './migrations.js';
import { createLeaseRepo } from './lease-repo.js';
import { createOutboxRepo } from './outbox-repo.js';
import { createScheduleRepo } from './schedule-repo.js';
import { createSentRepo } from './sent-repo.js';
import { StoreError, toStoreError } from './store-errors.js';
import type { Store, StoreOptions } from '../../app/ports/store-port.js';
import { createSubscriptionsRepo } from './subscriptions-repo.js';
import { createTranslationsRepo } from './translations-repo.js';

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

function isInMemory(path: string): boolean {
  return path === ':memory:' || path === '' || path.startsWith('file:');
}

function connect(path: string, busyTimeoutMs: number): Database {
  try {
    if (!isInMemory(path)) mkdirSync(dirname(path), { recursive: true });
    const db = new BetterSqlite3(path, { timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    db.pragma('foreign_keys = ON');
    if (!isInMemory(path)) {
      db.pragma('journal_mode = WAL');
      // FULL: a row marked sent survives a power cut too, so it is never sent again.
      db.pragma('synchronous = FULL');
    }
    return db;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError('open-failed', `cannot open database ${path}: ${detail}`, { cause: error });
  }
}

/** Caller errors pass through unchanged (after rollback); only driver failures become StoreErrors. */
function runTransaction<T>(db: Database, fn: () => T): T {
  if (!db.open) throw new StoreError('query-failed', 'transaction failed: the store is closed');
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw error instanceof BetterSqlite3.SqliteError ? toStoreError('transaction', error) : error;
  }
}

/**
 * Opens (creating if needed) the SQLite store at `path` (':memory:' for tests), migrates it to the
 * latest schema and returns the repositories. `migrations` is for tests only.
 * Throws StoreError ('open-failed', 'migration-failed') or SchemaTooNewError.
 */
export function openStore(path: string, options: StoreOptions = {}, migrations: readonly Migration[] = MIGRATIONS): Store {
  const now = options.now ?? (() => new Date());
  const db = connect(path, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  let schemaVersion: number;
  try {
    schemaVersion = applyMigrations(db, migrations);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError('open-failed', `cannot read schema version of ${path}: ${detail}`, { cause: error });
  }
  const transaction = <T>(fn: () => T): T => runTransaction(db, fn);
  return {
    subscriptions: createSubscriptionsRepo(db, now),
    lease: createLeaseRepo(db, now, transaction),
    sent: createSentRepo(db, now),
    outbox: createOutboxRepo(db, now),
    schedule: createScheduleRepo(db),
    translations: createTranslationsRepo(db, now),
    schemaVersion,
    transaction,
    close: () => {
      if (db.open) db.close();
    },
  };
}
