import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import { articles, AT_EIGHT, fakeRenderer, testConfig } from './delivery-fixtures.js';
import { type Cleanup, subscribePrivate, subscribeThree, world } from './service-world.js';

let cleanup: Cleanup = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('delivery service', () => {
  it('delivers the scheduled digest to a private chat, a group and a channel in their languages', async () => {
    const { time, store, telegram, make } = world(cleanup);
    subscribeThree(store);
    const service = make();
    expect((await service.runDue()).plan).toMatchObject({ due: 0, queued: 0 });
    time.set(AT_EIGHT);
    const report = await service.runDue();
    expect(report.plan).toMatchObject({ due: 3, queued: 3, nothingNew: 0 });
    expect(report.dispatch).toMatchObject({ sent: 9, failed: 0, parked: 0 });
    const byChat = (chatId: string) => telegram.sent.filter((m) => m.chatId === chatId).map((m) => m.payload);
    expect(byChat('42')).toEqual([1, 2, 3].map((i) => `telegram|hi|2025-03-14|c,b,a|more=0|part ${i}/3`));
    expect(byChat('-1001000').every((p) => p.startsWith('telegram|en|'))).toBe(true);
    expect(byChat('-2002').every((p) => p.startsWith('telegram|both|'))).toBe(true);
    expect(byChat('-2002')).toHaveLength(3);
    expect(service.pendingCount()).toBe(0);
    expect(service.lastDigestAt()?.toISOString()).toBe(AT_EIGHT);
    const again = await service.runDue();
    expect(again.plan.due).toBe(0);
    expect(telegram.calls).toHaveLength(9);
  });

  it('posts nothing when nothing is new, and only the new articles next time', async () => {
    const { time, store, content, telegram, make } = world(cleanup, ['a']);
    subscribePrivate(store);
    const service = make();
    time.set(AT_EIGHT);
    await service.runDue();
    expect(telegram.sent).toHaveLength(3);
    time.set('2025-03-15T02:30:00.000Z');
    expect((await service.runDue()).plan).toMatchObject({ due: 1, queued: 0, nothingNew: 1 });
    expect(telegram.sent).toHaveLength(3);
    content.set([...articles(['a']), ...articles(['z'], 14)]);
    time.set('2025-03-16T02:30:00.000Z');
    await service.runDue();
    expect(telegram.sent.slice(3).map((m) => m.payload.split('|')[3])).toEqual(['z', 'z', 'z']);
  });

  it('publishNow plans every active subscription whatever its time, then dispatches', async () => {
    const { store, telegram, make } = world(cleanup, ['a', 'b']);
    subscribeThree(store);
    store.subscriptions.setTime('telegram', '42', '21:00');
    const service = make();
    expect(await service.publishNow()).toEqual({ queued: 3, nothingNew: 0, sent: 9 });
    expect(await service.publishNow()).toEqual({ queued: 0, nothingNew: 3, sent: 0 });
    expect(telegram.sent).toHaveLength(9);
  });

  it('leaves rows of a platform without a sender pending and delivers the others', async () => {
    const { store, telegram, make } = world(cleanup, ['a']);
    subscribePrivate(store);
    store.subscriptions.subscribe('discord', '998877', 'guild-channel');
    const service = make();
    expect(await service.publishNow()).toEqual({ queued: 2, nothingNew: 0, sent: 3 });
    expect(telegram.sent).toHaveLength(3);
    expect(service.pendingCount()).toBe(2);
    expect(store.outbox.nextPending(new Date('2030-01-01'), 10).map((r) => r.status)).toEqual(['pending', 'pending']);
  });

  it('keeps going when a renderer throws for one subscription', async () => {
    const { time, store, content, telegram, log } = world(cleanup, ['a']);
    subscribePrivate(store);
    store.subscriptions.subscribe('discord', '998877', 'guild-channel');
    const broken = { platform: 'discord' as const, render: (): string[] => { throw new Error('renderer bug'); } };
    const service = createDeliveryService({
      store, content, config: testConfig(), logger: log.logger, now: time.now, sleep: time.sleep,
      senders: { telegram }, renderers: { telegram: fakeRenderer('telegram'), discord: broken },
    });
    cleanup.push(() => service.stop());
    expect(await service.publishNow()).toEqual({ queued: 1, nothingNew: 0, sent: 3 });
    expect(log.lines.some((l) => l.msg === 'planning a digest failed')).toBe(true);
  });

  it('stop() cuts a rate-limit wait short (real timers) and sends nothing more', async () => {
    const { store, content, telegram, log } = world(cleanup, ['a']);
    subscribePrivate(store);
    const service = createDeliveryService({
      store, content, config: testConfig({ perChatIntervalMs: 60_000 }), logger: log.logger,
      senders: { telegram }, renderers: { telegram: fakeRenderer('telegram', 3) },
    });
    const publishing = service.publishNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await service.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await publishing).sent).toBe(1);
    expect(service.pendingCount()).toBe(2);
  });

  it('refuses an invalid cron expression at creation', () => {
    const { store, content, log } = world(cleanup);
    expect(() =>
      createDeliveryService({ store, content, config: testConfig({ cron: 'every morning at 8' }), logger: log.logger, senders: {}, renderers: {} }),
    ).toThrow();
  });
});
