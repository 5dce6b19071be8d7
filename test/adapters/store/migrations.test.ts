import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, latestVersion, MIGRATIONS, type Migration } from '../../../src/adapters/store/migrations.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { SchemaTooNewError, StoreError } from '../../../src/adapters/store/store-errors.js';
import { tempDir } from './store-fixtures.js';

let cleanup = (): void => {};
afterEach(() => cleanup());

function tablesOf(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  const rows = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  db.close();
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  it('migrates a fresh in-memory database to the latest version', () => {
    const store = openStore(':memory:');
    expect(store.schemaVersion).toBe(latestVersion(MIGRATIONS));
    expect(store.subscriptions.count()).toEqual({ active: 0, total: 0 });
    store.close();
  });

  it('creates a file database in WAL mode, creating its folder, and re-opens idempotently', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'nested', 'khabar.db');
    const first = openStore(path);
    first.subscriptions.subscribe('telegram', '42', 'private');
    first.close();
    first.close();
    const second = openStore(path);
    expect(second.schemaVersion).toBe(latestVersion(MIGRATIONS));
    expect(second.subscriptions.count()).toEqual({ active: 1, total: 1 });
    second.close();
    expect(tablesOf(path)).toEqual(['outbox', 'sent_articles', 'subscriptions', 'translations']);
    const db = new BetterSqlite3(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    db.close();
  });

  it('refuses a database written by a newer version with a typed error', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'future.db');
    const db = new BetterSqlite3(path);
    db.pragma(`user_version = ${latestVersion(MIGRATIONS) + 5}`);
    db.close();
    let caught: unknown;
    try {
      openStore(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    expect(caught).toBeInstanceOf(StoreError);
    expect(caught).toMatchObject({ name: 'SchemaTooNewError', code: 'schema-too-new', found: latestVersion(MIGRATIONS) + 5 });
  });

  it('applies only newer migrations, each with its version bump', () => {
    const db = new BetterSqlite3(':memory:');
    const steps: Migration[] = [
      { version: 1, sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, sql: 'CREATE TABLE b (y INTEGER);' },
    ];
    expect(applyMigrations(db, steps.slice(0, 1))).toBe(1);
    expect(applyMigrations(db, steps)).toBe(2);
    expect(applyMigrations(db, steps)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls a failing migration back and keeps the last good version', () => {
    const db = new BetterSqlite3(':memory:');
    const steps: Migration[] = [
      { version: 1, sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, sql: 'CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);' },
    ];
    expect(() => applyMigrations(db, steps)).toThrow(expect.objectContaining({ name: 'StoreError', code: 'migration-failed' }));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const b = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'b'").get();
    expect(b).toEqual({ n: 0 });
    db.close();
  });

  it('rejects a migration list with gaps or disorder', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => applyMigrations(db, [{ version: 2, sql: 'SELECT 1;' }])).toThrow(StoreError);
    db.close();
  });

  it('reports an unopenable path as open-failed with the driver error as cause', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    let caught: unknown;
    try {
      openStore(temp.dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'StoreError', code: 'open-failed' });
    expect(caught instanceof Error && caught.cause).toBeTruthy();
  });
});
