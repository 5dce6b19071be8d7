import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports/store-port.js';
import { memoryStore } from './store-fixtures.js';

let store: Store;
let id: number;
beforeEach(() => {
  store = memoryStore();
  id = store.subscriptions.subscribe('telegram', '42', 'private').subscription.id;
});
afterEach(() => store.close());

describe('sent articles log', () => {
  it('starts empty', () => {
    expect(store.sent.sentArticleIds(id)).toEqual(new Set());
  });

  it('records ids and counts only new ones (idempotent, duplicates in one call folded)', () => {
    expect(store.sent.markSent(id, ['sensex-2025-03-14', 'isro-launch', 'isro-launch'], '2025-03-14:abc')).toBe(2);
    expect(store.sent.markSent(id, ['isro-launch', 'imd-monsoon'], '2025-03-15:def')).toBe(1);
    expect(store.sent.markSent(id, [], '2025-03-16:000')).toBe(0);
    expect(store.sent.sentArticleIds(id)).toEqual(new Set(['sensex-2025-03-14', 'isro-launch', 'imd-monsoon']));
  });

  it('keeps subscriptions apart', () => {
    const other = store.subscriptions.subscribe('discord', '42', 'guild-channel').subscription.id;
    store.sent.markSent(id, ['a'], 'd');
    expect(store.sent.sentArticleIds(other)).toEqual(new Set());
  });

  it('rejects an unknown subscription with not-found', () => {
    expect(() => store.sent.markSent(999, ['a'], 'd')).toThrow(expect.objectContaining({ name: 'StoreError', code: 'not-found' }));
  });

  it('commits together with an enqueue inside store.transaction, or not at all', () => {
    expect(() =>
      store.transaction(() => {
        store.outbox.enqueue(id, 'd1', ['p0']);
        store.sent.markSent(id, ['a'], 'd1');
        throw new Error('render crashed');
      }),
    ).toThrow('render crashed');
    expect(store.sent.sentArticleIds(id)).toEqual(new Set());
    expect(store.outbox.pendingCount()).toBe(0);
    store.transaction(() => {
      store.outbox.enqueue(id, 'd1', ['p0']);
      store.sent.markSent(id, ['a'], 'd1');
    });
    expect(store.sent.sentArticleIds(id)).toEqual(new Set(['a']));
    expect(store.outbox.pendingCount()).toBe(1);
  });
});
