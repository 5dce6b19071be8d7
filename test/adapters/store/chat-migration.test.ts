import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports/store-port.js';
import { fixedClock, memoryStore } from './store-fixtures.js';

const OLD = '-4012345';
const NEW = '-1004012345';
const now = new Date('2025-03-14T03:00:00.000Z');
let store: Store;
beforeEach(() => {
  store = memoryStore(fixedClock().now);
});
afterEach(() => store.close());

describe('subscriptions.migrateChat (Telegram migrate_to_chat_id)', () => {
  it('renames the chat in place when the new id is unknown, keeping settings, history and outbox', () => {
    const { subscription } = store.subscriptions.subscribe('telegram', OLD, 'group');
    store.subscriptions.setTime('telegram', OLD, '06:30');
    store.sent.markSent(subscription.id, ['a1'], 'd1');
    store.outbox.enqueue(subscription.id, 'd2', ['part 1']);
    const moved = store.subscriptions.migrateChat('telegram', OLD, NEW);
    expect(moved).toMatchObject({ id: subscription.id, chatId: NEW, time: '06:30', kind: 'group', active: true });
    expect(store.subscriptions.get('telegram', OLD)).toBeNull();
    expect(store.sent.sentArticleIds(subscription.id)).toEqual(new Set(['a1']));
    expect(store.outbox.nextPending(now, 10).map((row) => row.subscriptionId)).toEqual([subscription.id]);
  });

  it('merges into an existing row: history unioned, undelivered parts moved without duplicates', () => {
    const old = store.subscriptions.subscribe('telegram', OLD, 'group').subscription;
    const target = store.subscriptions.subscribe('telegram', NEW, 'group').subscription;
    store.subscriptions.setLanguage('telegram', NEW, 'en');
    store.sent.markSent(old.id, ['a1', 'a2'], 'd1');
    store.sent.markSent(target.id, ['a2', 'a3'], 'd1');
    store.outbox.enqueue(old.id, 'd1', ['p0', 'p1']);
    store.outbox.enqueue(target.id, 'd1', ['p0']);
    store.outbox.enqueue(old.id, 'd2', ['q0']);
    const merged = store.subscriptions.migrateChat('telegram', OLD, NEW);
    expect(merged).toMatchObject({ id: target.id, chatId: NEW, language: 'en', active: true });
    expect(store.subscriptions.get('telegram', OLD)).toBeNull();
    expect(store.subscriptions.count()).toEqual({ active: 1, total: 1 });
    expect(store.sent.sentArticleIds(target.id)).toEqual(new Set(['a1', 'a2', 'a3']));
    const pending = store.outbox.nextPending(now, 10).map((row) => `${row.digestId}/${row.part}/${row.payload}`);
    expect(pending).toEqual(['d1/0/p0', 'd1/1/p1', 'd2/0/q0']);
  });

  it('an inactive target takes the old row settings and active state', () => {
    store.subscriptions.subscribe('telegram', OLD, 'group');
    store.subscriptions.setLanguage('telegram', OLD, 'hi');
    store.subscriptions.subscribe('telegram', NEW, 'group');
    store.subscriptions.unsubscribe('telegram', NEW);
    expect(store.subscriptions.migrateChat('telegram', OLD, NEW)).toMatchObject({ language: 'hi', active: true, deactivatedReason: null });
  });

  it('is idempotent: a second migration finds the new row', () => {
    store.subscriptions.subscribe('telegram', OLD, 'group');
    const first = store.subscriptions.migrateChat('telegram', OLD, NEW);
    expect(store.subscriptions.migrateChat('telegram', OLD, NEW)).toEqual(first);
    expect(store.subscriptions.migrateChat('telegram', OLD, OLD)).toBeNull();
  });

  it('returns null when neither chat is known', () => {
    expect(store.subscriptions.migrateChat('telegram', '-1', '-1001')).toBeNull();
  });
});
