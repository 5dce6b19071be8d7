import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../../src/app/ports/outbox-port.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { fixedClock, memoryStore } from './store-fixtures.js';

const NOW = new Date('2025-03-14T02:30:00.000Z');
const later = (ms: number): Date => new Date(NOW.getTime() + ms);
const keys = (rows: OutboxRow[]): string[] => rows.map((row) => `${row.subscriptionId}:${row.digestId}:${row.part}`);

let store: Store;
let a: number;
let b: number;
beforeEach(() => {
  store = memoryStore(fixedClock().now);
  a = store.subscriptions.subscribe('telegram', '101', 'private').subscription.id;
  b = store.subscriptions.subscribe('telegram', '-100202', 'channel').subscription.id;
});
afterEach(() => store.close());

describe('outbox.enqueue', () => {
  it('inserts one pending row per part with the payload verbatim', () => {
    expect(store.outbox.enqueue(a, 'd1', ['<b>सेंसेक्स</b> &amp; निफ्टी', 'भाग 2'])).toBe(2);
    const rows = store.outbox.nextPending(NOW, 10);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ subscriptionId: a, digestId: 'd1', part: 0, payload: '<b>सेंसेक्स</b> &amp; निफ्टी' });
    expect(rows[0]).toMatchObject({ status: 'pending', attempts: 0, messageId: null, notBefore: null, lastError: null, sentAt: null });
    expect(rows[0]?.createdAt).toBe('2025-03-14T02:30:00.000Z');
  });

  it('is idempotent: re-enqueueing the same digest inserts nothing, even after parts were sent', () => {
    store.outbox.enqueue(a, 'd1', ['p0', 'p1']);
    const [first] = store.outbox.nextPending(NOW, 1);
    store.outbox.markSent(first?.id ?? -1, 7);
    expect(store.outbox.enqueue(a, 'd1', ['p0', 'p1'])).toBe(0);
    expect(keys(store.outbox.nextPending(NOW, 10))).toEqual([`${a}:d1:1`]);
    expect(store.outbox.pendingCount()).toBe(1);
  });

  it('does nothing for an inactive subscription and refuses an unknown one', () => {
    store.subscriptions.unsubscribe('telegram', '101');
    expect(store.outbox.enqueue(a, 'd1', ['p0'])).toBe(0);
    expect(() => store.outbox.enqueue(999, 'd1', ['p0'])).toThrow(expect.objectContaining({ name: 'StoreError', code: 'not-found' }));
    expect(() => store.outbox.enqueue(b, ' ', ['p0'])).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('outbox.nextPending', () => {
  it('orders by subscription, digest in enqueue order, then part, and honours the limit', () => {
    store.outbox.enqueue(b, 'z-first', ['b0', 'b1']);
    store.outbox.enqueue(a, 'm-second', ['x0']);
    store.outbox.enqueue(a, 'a-third', ['y0', 'y1']);
    expect(keys(store.outbox.nextPending(NOW, 10))).toEqual([`${a}:m-second:0`, `${a}:a-third:0`, `${a}:a-third:1`, `${b}:z-first:0`, `${b}:z-first:1`]);
    expect(keys(store.outbox.nextPending(NOW, 2))).toEqual([`${a}:m-second:0`, `${a}:a-third:0`]);
    expect(() => store.outbox.nextPending(NOW, 0)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('never returns rows of inactive subscriptions', () => {
    store.outbox.enqueue(a, 'd1', ['p0']);
    store.outbox.enqueue(b, 'd1', ['p0']);
    store.subscriptions.deactivate(b, 'blocked by user');
    expect(keys(store.outbox.nextPending(NOW, 10))).toEqual([`${a}:d1:0`]);
    expect(store.outbox.pendingCount()).toBe(1);
    store.subscriptions.subscribe('telegram', '-100202', 'channel');
    expect(keys(store.outbox.nextPending(NOW, 10))).toEqual([`${a}:d1:0`]);
  });

  it('does not return parked rows before their time, and returns them after', () => {
    store.outbox.enqueue(a, 'd1', ['p0', 'p1']);
    store.outbox.enqueue(b, 'd1', ['q0']);
    expect(store.outbox.park(a, later(3_600_000), '429 retry_after 3600')).toBe(2);
    expect(keys(store.outbox.nextPending(NOW, 10))).toEqual([`${b}:d1:0`]);
    expect(keys(store.outbox.nextPending(later(3_599_999), 10))).toEqual([`${b}:d1:0`]);
    const due = store.outbox.nextPending(later(3_600_000), 10);
    expect(keys(due)).toEqual([`${a}:d1:0`, `${a}:d1:1`, `${b}:d1:0`]);
    expect(due[0]).toMatchObject({ status: 'parked', notBefore: later(3_600_000).toISOString(), lastError: '429 retry_after 3600' });
    expect(store.outbox.pendingCount()).toBe(3);
  });

  it('holds a whole subscription back while one of its rows waits, so parts keep their order', () => {
    store.outbox.enqueue(a, 'd1', ['p0', 'p1']);
    store.outbox.enqueue(a, 'd2', ['n0']);
    const [head] = store.outbox.nextPending(NOW, 1);
    expect(store.outbox.markAttempt(head?.id ?? -1, '502 Bad Gateway', later(30_000))).toBe(true);
    expect(store.outbox.nextPending(NOW, 10)).toEqual([]);
    expect(keys(store.outbox.nextPending(later(30_000), 10))).toEqual([`${a}:d1:0`, `${a}:d1:1`, `${a}:d2:0`]);
  });
});

describe('outbox state changes', () => {
  it('markSent stores the message id once and never overwrites it', () => {
    store.outbox.enqueue(a, 'd1', ['p0']);
    const id = store.outbox.nextPending(NOW, 1)[0]?.id ?? -1;
    expect(store.outbox.markSent(id, 5501)).toBe(true);
    expect(store.outbox.markSent(id, 9999)).toBe(false);
    expect(store.outbox.get(id)).toMatchObject({ status: 'sent', messageId: '5501', attempts: 1, sentAt: '2025-03-14T02:30:00.000Z' });
    expect(store.outbox.nextPending(NOW, 10)).toEqual([]);
    expect(store.outbox.markSent(424242, 1)).toBe(false);
  });

  it('markAttempt counts tries and keeps the row pending; fail ends it', () => {
    store.outbox.enqueue(a, 'd1', ['p0']);
    const id = store.outbox.nextPending(NOW, 1)[0]?.id ?? -1;
    store.outbox.markAttempt(id, 'ECONNRESET');
    store.outbox.markAttempt(id, '500 Internal Server Error');
    expect(store.outbox.get(id)).toMatchObject({ status: 'pending', attempts: 2, lastError: '500 Internal Server Error', notBefore: null });
    expect(store.outbox.fail(id, 'message is too long')).toBe(true);
    expect(store.outbox.fail(id, 'again')).toBe(false);
    expect(store.outbox.markAttempt(id, 'late')).toBe(false);
    expect(store.outbox.get(id)).toMatchObject({ status: 'failed', lastError: 'message is too long' });
    expect(store.outbox.pendingCount()).toBe(0);
    expect(store.outbox.get(424242)).toBeNull();
  });

  it('park leaves sent and failed rows alone', () => {
    store.outbox.enqueue(a, 'd1', ['p0', 'p1', 'p2']);
    const [p0, p1] = store.outbox.nextPending(NOW, 2);
    store.outbox.markSent(p0?.id ?? -1, 1);
    store.outbox.fail(p1?.id ?? -1, 'bad request');
    expect(store.outbox.park(a, later(60_000), 'flood')).toBe(1);
    expect(store.outbox.get(p0?.id ?? -1)?.status).toBe('sent');
    expect(store.outbox.get(p1?.id ?? -1)?.status).toBe('failed');
  });

  it('deactivating a subscription cancels its undelivered rows', () => {
    store.outbox.enqueue(a, 'd1', ['p0']);
    const id = store.outbox.nextPending(NOW, 1)[0]?.id ?? -1;
    store.subscriptions.deactivate(a, '403 Forbidden: bot was blocked by the user');
    expect(store.outbox.get(id)).toMatchObject({ status: 'failed', lastError: 'subscription deactivated: 403 Forbidden: bot was blocked by the user' });
  });

  it('rejects an invalid date as invalid-argument', () => {
    expect(() => store.outbox.nextPending(new Date('not a date'), 1)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
