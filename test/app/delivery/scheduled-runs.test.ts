import { afterEach, describe, expect, it } from 'vitest';
import { type Cleanup, subscribePrivate, world } from './service-world.js';
import { AT_EIGHT } from './delivery-fixtures.js';

let cleanup: Cleanup = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('scheduled runs', () => {
  it('a custom /time subscription gets its digest at HH:MM in Asia/Kolkata', async () => {
    const { time, store, telegram, make } = world(cleanup, ['a']);
    subscribePrivate(store);
    store.subscriptions.setTime('telegram', '42', '18:45');
    const service = make();
    time.set(AT_EIGHT);
    expect((await service.runDue()).plan.due).toBe(0);
    time.set('2025-03-14T13:14:00.000Z');
    expect((await service.runDue()).plan.due).toBe(0);
    time.set('2025-03-14T13:15:00.000Z');
    expect((await service.runDue()).plan).toMatchObject({ due: 1, queued: 1 });
    expect(telegram.sent).toHaveLength(3);
  });

  it('catches up once on start for a missed slot, and not again on a second start', async () => {
    const { time, store, telegram, make } = world(cleanup, ['a']);
    subscribePrivate(store);
    time.set('2025-03-16T06:00:00.000Z');
    const first = make();
    first.start();
    await first.idle();
    await first.stop();
    expect(telegram.sent.map((m) => m.payload)).toHaveLength(3);
    expect(store.schedule.lastSlot(1)?.toISOString()).toBe('2025-03-16T02:30:00.000Z');
    const second = make();
    expect((await second.catchUp()).plan).toMatchObject({ due: 0, queued: 0 });
    second.start();
    await second.idle();
    await second.stop();
    expect(telegram.calls).toHaveLength(3);
  });

});
