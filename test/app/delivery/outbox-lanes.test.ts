import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { outboxLanes, type Lane } from '../../../src/app/delivery/outbox-lanes.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { fakeSender } from './delivery-fixtures.js';

const NOW = new Date('2025-03-14T02:30:00.000Z');
const now = (): Date => NOW;

let store: Store;
beforeEach(() => {
  store = openStore(':memory:', { now });
});
afterEach(() => store.close());

/** Subscribes telegram chats and queues a digest of `parts[i]` parts for the i-th. */
function queue(parts: number[], platform: 'telegram' | 'discord' = 'telegram'): number[] {
  return parts.map((n, i) => {
    const id = store.subscriptions.subscribe(platform, String(5000 + i), platform === 'telegram' ? 'private' : 'guild-channel').subscription.id;
    store.outbox.enqueue(id, `d-${i}`, Array.from({ length: n }, (_, p) => `part ${p + 1}/${n}`));
    return id;
  });
}

function drain(pageSize: number): Lane[] {
  const source = outboxLanes(store, { telegram: fakeSender('telegram', now) }, now, pageSize);
  const lanes: Lane[] = [];
  for (let lane = source.next(); lane !== null; lane = source.next()) lanes.push(lane);
  return lanes;
}

const shape = (lanes: Lane[]): string[] => lanes.map((lane) => `${lane.subscriptionId}:${lane.rows.map((r) => r.part).join('')}`);

describe('outbox lanes', () => {
  it('hands out each subscription once with all its due parts in order, across pages', () => {
    const [a, b, c, d] = queue([3, 2, 3, 1]);
    // Pages of 4 rows cut b and c short: each comes whole in the next page.
    expect(shape(drain(4))).toEqual([`${a}:012`, `${b}:01`, `${c}:012`, `${d}:0`]);
    expect(shape(drain(100))).toEqual([`${a}:012`, `${b}:01`, `${c}:012`, `${d}:0`]);
  });

  it('a subscription larger than a page comes as that page; the rest is left for the next sweep', () => {
    const [a, b] = queue([5, 1]);
    expect(shape(drain(3))).toEqual([`${a}:012`, `${b}:0`]);
  });

  it('skips subscriptions of platforms without a sender (their rows stay pending)', () => {
    const [a] = queue([2]);
    queue([2], 'discord');
    expect(shape(drain(2))).toEqual([`${a}:01`]);
    expect(store.outbox.pendingCount()).toBe(4);
  });

  it('reports a store that cannot be read instead of throwing', () => {
    queue([1]);
    store.close();
    const source = outboxLanes(store, { telegram: fakeSender('telegram', now) }, now, 10);
    expect(source.next()).toBeNull();
    expect(source.failed).toBeDefined();
    store = openStore(':memory:', { now });
  });
});
