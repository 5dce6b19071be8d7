import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, latestVersion, MIGRATIONS } from '../../../src/adapters/store/migrations.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { memoryStore, tempDir } from './store-fixtures.js';

let cleanup = (): void => {};
afterEach(() => cleanup());

const at = (iso: string): Date => new Date(iso);

describe('schedule bookkeeping', () => {
  it('claims each slot once and never moves backwards', () => {
    const store = memoryStore();
    const { subscription } = store.subscriptions.subscribe('telegram', '42', 'private');
    expect(store.schedule.lastSlot(subscription.id)).toBeNull();
    expect(store.schedule.recordSlot(subscription.id, at('2025-03-14T02:30:00Z'))).toBe(true);
    expect(store.schedule.recordSlot(subscription.id, at('2025-03-14T02:30:00Z'))).toBe(false);
    expect(store.schedule.recordSlot(subscription.id, at('2025-03-13T02:30:00Z'))).toBe(false);
    expect(store.schedule.lastSlot(subscription.id)?.toISOString()).toBe('2025-03-14T02:30:00.000Z');
    expect(store.schedule.recordSlot(subscription.id, at('2025-03-15T02:30:00Z'))).toBe(true);
    expect(store.schedule.recordSlot(999, at('2025-03-15T02:30:00Z'))).toBe(false);
    expect(store.schedule.lastSlot(999)).toBeNull();
    store.close();
  });

  it('reports the latest digest time over all subscriptions', () => {
    const store = memoryStore();
    expect(store.schedule.lastDigestAt()).toBeNull();
    const a = store.subscriptions.subscribe('telegram', '42', 'private').subscription;
    const b = store.subscriptions.subscribe('discord', '777', 'guild-channel').subscription;
    store.schedule.recordDigest(a.id, at('2025-03-14T02:30:00Z'));
    store.schedule.recordDigest(b.id, at('2025-03-15T02:30:00Z'));
    store.schedule.recordDigest(a.id, at('2025-03-13T02:30:00Z'));
    expect(store.schedule.lastDigestAt()?.toISOString()).toBe('2025-03-15T02:30:00.000Z');
    store.close();
  });

  it('migrates a version-1 database, keeping its subscriptions', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'old.db');
    const old = new BetterSqlite3(path);
    expect(applyMigrations(old, MIGRATIONS.slice(0, 1))).toBe(1);
    old
      .prepare(`INSERT INTO subscriptions (platform, chat_id, kind, created_at, updated_at) VALUES ('telegram', '-100123', 'channel', ?, ?)`)
      .run('2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
    old.close();
    const store = openStore(path);
    expect(store.schemaVersion).toBe(latestVersion(MIGRATIONS));
    const found = store.subscriptions.get('telegram', '-100123');
    expect(found).toMatchObject({ kind: 'channel', active: true });
    expect(store.schedule.lastSlot(found?.id ?? -1)).toBeNull();
    expect(store.schedule.recordSlot(found?.id ?? -1, at('2025-03-14T02:30:00Z'))).toBe(true);
    store.close();
  });
});
