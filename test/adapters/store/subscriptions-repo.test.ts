import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports/store-port.js';
import { fixedClock, memoryStore } from './store-fixtures.js';

let store: Store;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  clock = fixedClock();
  store = memoryStore(clock.now);
});
afterEach(() => store.close());

describe('subscriptions: subscribe / unsubscribe', () => {
  it('creates a subscription with defaults', () => {
    const { subscription, created, reactivated } = store.subscriptions.subscribe('telegram', '-1001234567890', 'channel');
    expect(created).toBe(true);
    expect(reactivated).toBe(false);
    expect(subscription).toEqual({
      id: expect.any(Number),
      platform: 'telegram',
      chatId: '-1001234567890',
      kind: 'channel',
      language: 'both',
      time: null,
      active: true,
      deactivatedReason: null,
      createdAt: '2025-03-14T02:30:00.000Z',
      updatedAt: '2025-03-14T02:30:00.000Z',
    });
  });

  it('is idempotent: subscribing twice keeps one row and says it already existed', () => {
    const first = store.subscriptions.subscribe('telegram', '42', 'private');
    const second = store.subscriptions.subscribe('telegram', '42', 'private');
    expect(second).toEqual({ subscription: first.subscription, created: false, reactivated: false });
    expect(store.subscriptions.count()).toEqual({ active: 1, total: 1 });
  });

  it('keeps the same chat id apart on different platforms', () => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    store.subscriptions.subscribe('discord', '42', 'guild-channel');
    expect(store.subscriptions.count()).toEqual({ active: 2, total: 2 });
    expect(store.subscriptions.listActive('discord').map((s) => s.kind)).toEqual(['guild-channel']);
  });

  it('unsubscribes once, then reports nothing to do', () => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    expect(store.subscriptions.unsubscribe('telegram', '42')).toBe(true);
    expect(store.subscriptions.unsubscribe('telegram', '42')).toBe(false);
    expect(store.subscriptions.unsubscribe('telegram', 'unknown')).toBe(false);
    expect(store.subscriptions.get('telegram', '42')).toMatchObject({ active: false, deactivatedReason: 'unsubscribed' });
    expect(store.subscriptions.count()).toEqual({ active: 0, total: 1 });
  });

  it('re-activates an inactive subscription, keeping id and settings', () => {
    const { subscription } = store.subscriptions.subscribe('telegram', '-100777', 'group');
    store.subscriptions.setLanguage('telegram', '-100777', 'hi');
    store.subscriptions.deactivate(subscription.id, 'kicked');
    clock.advance(60_000);
    const again = store.subscriptions.subscribe('telegram', '-100777', 'group');
    expect(again.created).toBe(true);
    expect(again.reactivated).toBe(true);
    expect(again.subscription).toMatchObject({ id: subscription.id, active: true, language: 'hi', deactivatedReason: null });
    expect(again.subscription.updatedAt).toBe('2025-03-14T02:31:00.000Z');
    expect(again.subscription.createdAt).toBe('2025-03-14T02:30:00.000Z');
  });

  it.each([
    ['empty chat id', () => store.subscriptions.subscribe('telegram', ' ', 'private')],
    ['unknown kind', () => store.subscriptions.subscribe('telegram', '1', 'supergroup' as never)],
    ['unknown platform', () => store.subscriptions.subscribe('slack' as never, '1', 'private')],
  ])('rejects %s with a typed error', (_label, call) => {
    expect(call).toThrow(expect.objectContaining({ name: 'StoreError', code: 'invalid-argument' }));
  });
});

describe('subscriptions: settings', () => {
  it('sets language and time, bumping updatedAt', () => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    clock.advance(1000);
    expect(store.subscriptions.setLanguage('telegram', '42', 'en')).toMatchObject({ language: 'en', updatedAt: '2025-03-14T02:30:01.000Z' });
    expect(store.subscriptions.setTime('telegram', '42', '07:45')).toMatchObject({ time: '07:45' });
    expect(store.subscriptions.setTime('telegram', '42', null)).toMatchObject({ time: null });
  });

  it('returns null for a chat without a subscription', () => {
    expect(store.subscriptions.setLanguage('telegram', 'nobody', 'hi')).toBeNull();
    expect(store.subscriptions.setTime('telegram', 'nobody', '08:00')).toBeNull();
  });

  it.each(['24:00', '7:30', '07:60', '0730', 'सुबह', '07:30 ', ''])('rejects time %j', (time) => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    expect(() => store.subscriptions.setTime('telegram', '42', time)).toThrow(
      expect.objectContaining({ name: 'StoreError', code: 'invalid-argument' }),
    );
  });

  it.each(['00:00', '23:59', '09:05'])('accepts time %j', (time) => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    expect(store.subscriptions.setTime('telegram', '42', time)?.time).toBe(time);
  });

  it('rejects an unknown language', () => {
    store.subscriptions.subscribe('telegram', '42', 'private');
    expect(() => store.subscriptions.setLanguage('telegram', '42', 'fr' as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

describe('subscriptions: deactivate, lookups, counts', () => {
  it('deactivates by id with a reason, once', () => {
    const { subscription } = store.subscriptions.subscribe('telegram', '42', 'private');
    expect(store.subscriptions.deactivate(subscription.id, 'blocked by user')).toBe(true);
    expect(store.subscriptions.deactivate(subscription.id, 'blocked by user')).toBe(false);
    expect(store.subscriptions.deactivate(9999, 'x')).toBe(false);
    expect(store.subscriptions.getById(subscription.id)).toMatchObject({ active: false, deactivatedReason: 'blocked by user' });
  });

  it('lists only active subscriptions, optionally per platform, in creation order', () => {
    store.subscriptions.subscribe('telegram', 'a', 'private');
    store.subscriptions.subscribe('discord', 'b', 'guild-channel');
    store.subscriptions.subscribe('telegram', 'c', 'group');
    store.subscriptions.unsubscribe('telegram', 'a');
    expect(store.subscriptions.listActive().map((s) => s.chatId)).toEqual(['b', 'c']);
    expect(store.subscriptions.listActive('telegram').map((s) => s.chatId)).toEqual(['c']);
    expect(store.subscriptions.count()).toEqual({ active: 2, total: 3 });
  });

  it('returns null for unknown lookups', () => {
    expect(store.subscriptions.get('telegram', 'x')).toBeNull();
    expect(store.subscriptions.getById(1)).toBeNull();
  });

  it('throws a StoreError after close', () => {
    store.close();
    expect(() => store.subscriptions.count()).toThrow(expect.objectContaining({ name: 'StoreError', code: 'query-failed' }));
  });
});
