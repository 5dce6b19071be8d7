import type { Database } from 'better-sqlite3';
import { SchemaTooNewError, StoreError } from './store-errors.js';

export interface Migration {
  /** 1, 2, 3, ... strictly increasing; stored in `PRAGMA user_version` once applied. */
  version: number;
  sql: string;
}

/** Append-only: never edit a released migration, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord')),
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('private', 'group', 'channel', 'guild-channel')),
        language TEXT NOT NULL DEFAULT 'both' CHECK (language IN ('both', 'hi', 'en')),
        time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        deactivated_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (platform, chat_id)
      );
      CREATE TABLE sent_articles (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        digest_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, article_id)
      ) WITHOUT ROWID;
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        digest_id TEXT NOT NULL,
        part INTEGER NOT NULL CHECK (part >= 0),
        payload TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'parked', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        not_before TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (subscription_id, digest_id, part)
      );
      CREATE INDEX outbox_undelivered ON outbox (status, subscription_id) WHERE status IN ('pending', 'parked');
    `,
  },
  {
    version: 2,
    // Schedule bookkeeping: the last slot planned (so a slot is never planned twice, even across a
    // restart) and when the last digest was queued (for /status).
    sql: `
      ALTER TABLE subscriptions ADD COLUMN last_slot_at TEXT;
      ALTER TABLE subscriptions ADD COLUMN last_digest_at TEXT;
    `,
  },
  {
    version: 3,
    // Translation cache: one row per (normalised Hindi sentence, provider, model), so a sentence is
    // translated once across restarts and reloads. Every answer is kept with the fact guard's
    // verdict: a refused one is not asked again, and the guard re-checks accepted ones on use.
    sql: `
      CREATE TABLE translations (
        hindi TEXT NOT NULL,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        english TEXT NOT NULL,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (hindi, provider, model)
      ) WITHOUT ROWID;
    `,
  },
];

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new StoreError('migration-failed', `migration #${index} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

/**
 * Applies every migration newer than `PRAGMA user_version`, each in its own transaction together
 * with the version bump, so a failure leaves the database at the last good version.
 * Returns the resulting version; a database newer than `migrations` throws SchemaTooNewError.
 */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  checkOrder(migrations);
  const supported = latestVersion(migrations);
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > supported) throw new SchemaTooNewError(current, supported);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    const apply = db.transaction(() => {
      // Re-read under the write lock: another process may have migrated meanwhile.
      if (Number(db.pragma('user_version', { simple: true })) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new StoreError('migration-failed', `migration ${migration.version} failed: ${detail}`, { cause: error });
    }
  }
  return Math.max(current, supported);
}
