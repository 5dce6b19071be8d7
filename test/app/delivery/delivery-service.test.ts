import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createDeliveryService, type DeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { articles, AT_EIGHT, captureLogger, fakeContent, fakeRenderer, fakeSender, fakeTime, testConfig } from './delivery-fixtures.js';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function world(ids = ['a', 'b', 'c']) {
  const time = fakeTime();
  const store = openStore(':memory:', { now: time.now });
  const content = fakeContent(articles(ids));
  const telegram = fakeSender('telegram', time.now);
  const log = captureLogger();
  const make = (s: Store = store): DeliveryService => {
    const service = createDeliveryService({
      store: s, content, config: testConfig(), logger: log.logger, now: time.now, sleep: time.sleep,
      senders: { telegram }, renderers: { telegram: fakeRenderer('telegram', 3), discord: fakeRenderer('discord', 2) },
    });
    cleanup.push(() => service.stop());
    return service;
  };
  cleanup.push(() => store.close());
  return { time, store, content, telegram, log, make };
}

function subscribeThree(store: Store): void {
  time0(store);
  store.subscriptions.subscribe('telegram', '-1001000', 'channel');
  store.subscriptions.setLanguage('telegram', '-1001000', 'en');
  store.subscriptions.subscribe('telegram', '-2002', 'group');
  store.subscriptions.setLanguage('telegram', '-2002', 'both');
}

function time0(store: Store): void {
  store.subscriptions.subscribe('telegram', '42', 'private');
  store.subscriptions.setLanguage('telegram', '42', 'hi');
}

describe('delivery service', () => {
  it('delivers the scheduled digest to a private chat, a group and a channel in their languages', async () => {
    const { time, store, telegram, make } = world();
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
    const { time, store, content, telegram, make } = world(['a']);
    time0(store);
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
    const { store, telegram, make } = world(['a', 'b']);
    subscribeThree(store);
    store.subscriptions.setTime('telegram', '42', '21:00');
    const service = make();
    expect(await service.publishNow()).toEqual({ queued: 3, nothingNew: 0, sent: 9 });
    expect(await service.publishNow()).toEqual({ queued: 0, nothingNew: 3, sent: 0 });
    expect(telegram.sent).toHaveLength(9);
  });

  it('a custom /time subscription gets its digest at HH:MM in Asia/Kolkata', async () => {
    const { time, store, telegram, make } = world(['a']);
    time0(store);
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
    const { time, store, telegram, make } = world(['a']);
    time0(store);
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

  it('leaves rows of a platform without a sender pending and delivers the others', async () => {
    const { store, telegram, make } = world(['a']);
    time0(store);
    store.subscriptions.subscribe('discord', '998877', 'guild-channel');
    const service = make();
    expect(await service.publishNow()).toEqual({ queued: 2, nothingNew: 0, sent: 3 });
    expect(telegram.sent).toHaveLength(3);
    expect(service.pendingCount()).toBe(2);
    expect(store.outbox.nextPending(new Date('2030-01-01'), 10).map((r) => r.status)).toEqual(['pending', 'pending']);
  });

  it('keeps going when a renderer throws for one subscription', async () => {
    const { time, store, content, telegram, log } = world(['a']);
    time0(store);
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

  it('refuses an invalid cron expression at creation', () => {
    const { store, content, log } = world();
    expect(() =>
      createDeliveryService({ store, content, config: testConfig({ cron: 'every morning at 8' }), logger: log.logger, senders: {}, renderers: {} }),
    ).toThrow();
  });
});
