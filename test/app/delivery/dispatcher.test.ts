import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createDeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import { backoffMs, DEFAULT_RETRY } from '../../../src/app/delivery/delivery-policy.js';
import { DeliveryError } from '../../../src/app/ports/sender-port.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { articles, captureLogger, fakeContent, fakeRenderer, fakeSender, fakeTime, testConfig } from './delivery-fixtures.js';
import { virtualTime } from './virtual-time.js';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

type Script = Parameters<typeof fakeSender>[2];

/** Two private chats ('42' then '43'), each with a 3-part digest queued; the sender follows `script`. */
function world(script: Script, retry = { maxAttempts: 3, baseDelayMs: 10_000, maxDelayMs: 60_000 }) {
  const time = fakeTime();
  const store: Store = openStore(':memory:', { now: time.now });
  cleanup.push(() => store.close());
  const sender = fakeSender('telegram', time.now, script);
  const log = captureLogger();
  const service = createDeliveryService({
    store, content: fakeContent(articles(['a'])), config: testConfig({ retryAfterCapSeconds: 30 }), logger: log.logger,
    now: time.now, sleep: time.sleep, senders: { telegram: sender }, renderers: { telegram: fakeRenderer('telegram', 3) }, retry,
  });
  cleanup.push(() => service.stop());
  const a = store.subscriptions.subscribe('telegram', '42', 'private').subscription;
  const b = store.subscriptions.subscribe('telegram', '43', 'private').subscription;
  return { time, store, sender, log, service, a, b };
}

/** Fails the first send of `part` to `chatId` (chats are served concurrently: call order is not fixed). */
function firstCall(chatId: string, part: string, error: () => Error): Script {
  let done = false;
  return (call) => {
    if (done || call.chatId !== chatId || !call.payload.endsWith(part)) return undefined;
    done = true;
    return error();
  };
}

const payloadsTo = (sent: { chatId: string; payload: string }[], chatId: string): string[] =>
  sent.filter((m) => m.chatId === chatId).map((m) => m.payload.split('|').at(-1) ?? '');

describe('dispatch error policy', () => {
  it('429 within the cap waits retry_after and then succeeds', async () => {
    const { time, sender, service } = world(firstCall('42', 'part 2/3', () => new DeliveryError('rate-limited', '429', { retryAfterSeconds: 7 })));
    const report = await service.publishNow();
    expect(report.sent).toBe(6);
    expect(time.sleeps).toContain(7000);
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
  });

  it('429 beyond the cap parks that subscription while the others go on, then resumes after the time', async () => {
    const { time, store, sender, service, a } = world(firstCall('42', 'part 2/3', () => new DeliveryError('rate-limited', '429', { retryAfterSeconds: 600 })));
    await service.publishNow();
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 1/3']);
    expect(payloadsTo(sender.sent, '43')).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
    expect(time.sleeps.some((ms) => ms >= 600_000)).toBe(false);
    const parked = store.outbox.get(2);
    expect(parked).toMatchObject({ status: 'parked', subscriptionId: a.id });
    expect(await service.dispatch()).toMatchObject({ sent: 0 });
    time.advance(600_000);
    expect(await service.dispatch()).toMatchObject({ sent: 2 });
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
  });

  it.each([
    ['forbidden', new DeliveryError('forbidden', 'Forbidden: bot was blocked by the user')],
    ['chat-not-found', new DeliveryError('chat-not-found', 'Bad Request: chat not found')],
  ])('%s deactivates the subscription and cancels its rows; others still get theirs', async (reason, error) => {
    const { store, sender, service, a } = world(({ chatId }) => (chatId === '42' ? error : undefined));
    const report = await service.publishNow();
    expect(report.sent).toBe(3);
    expect(store.subscriptions.getById(a.id)).toMatchObject({ active: false, deactivatedReason: reason });
    expect(payloadsTo(sender.sent, '43')).toHaveLength(3);
    expect(sender.calls.filter((c) => c.chatId === '42')).toHaveLength(1);
    expect(service.pendingCount()).toBe(0);
  });

  it('migrated moves the subscription and delivers to the new chat id', async () => {
    const { store, sender, service, a } = world(({ chatId }) =>
      chatId === '42' ? new DeliveryError('migrated', 'group upgraded', { migrateToChatId: '-100420042' }) : undefined,
    );
    await service.publishNow();
    expect(payloadsTo(sender.sent, '-100420042')).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
    expect(store.subscriptions.get('telegram', '42')).toBeNull();
    expect(store.subscriptions.getById(a.id)?.chatId).toBe('-100420042');
  });

  it('rejected fails that part and goes on with the next one', async () => {
    const { store, sender, service } = world(({ index }) => (index === 0 ? new DeliveryError('rejected', "Bad Request: can't parse entities") : undefined));
    const report = await service.publishNow();
    expect(report.sent).toBe(5);
    expect(store.outbox.get(1)).toMatchObject({ status: 'failed' });
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 2/3', 'part 3/3']);
  });

  it('transient retries with exponential back-off, keeps order, and gives up after N attempts', async () => {
    const failedAt: number[] = [];
    let clock = (): Date => new Date(0);
    const { time, store, sender, service } = world(({ chatId, payload }) => {
      if (chatId !== '42' || !payload.endsWith('part 2/3')) return undefined;
      failedAt.push(clock().getTime());
      return failedAt.length === 1 ? new Error('socket hang up') : new DeliveryError('transient', '502 Bad Gateway');
    });
    clock = time.now;
    const notBefore = (): number => Date.parse(store.outbox.get(2)?.notBefore ?? '');
    await service.publishNow();
    expect(store.outbox.get(2)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(notBefore() - failedAt[0]!).toBe(10_000);
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 1/3']);
    expect(payloadsTo(sender.sent, '43')).toHaveLength(3);
    time.set(new Date(notBefore() - 1).toISOString());
    expect(await service.dispatch()).toMatchObject({ sent: 0 });
    expect(failedAt).toHaveLength(1);
    time.set(new Date(notBefore()).toISOString());
    await service.dispatch();
    expect(store.outbox.get(2)).toMatchObject({ status: 'pending', attempts: 2 });
    expect(notBefore() - failedAt[1]!).toBe(20_000);
    time.set(new Date(notBefore()).toISOString());
    expect(await service.dispatch()).toMatchObject({ failed: 1, sent: 1 });
    expect(store.outbox.get(2)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(payloadsTo(sender.sent, '42')).toEqual(['part 1/3', 'part 3/3']);
    expect(failedAt).toHaveLength(3);
  });

  it('computes capped exponential back-off', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('logs an unexpected exception and never lets it escape', async () => {
    const { log, service } = world(() => new TypeError('cannot read properties of undefined'));
    await expect(service.publishNow()).resolves.toMatchObject({ sent: 0 });
    expect(log.lines.some((l) => l.msg.startsWith('unexpected error while sending'))).toBe(true);
  });

  it('spaces parts to one chat at least perChatIntervalMs apart', async () => {
    const { sender, service } = world(() => undefined);
    await service.publishNow();
    const times = sender.sent.filter((m) => m.chatId === '42').map((m) => m.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('serves chats side by side: a chat waiting for its 1 s gap or a 429 holds only itself; parts stay in order', async () => {
    const time = virtualTime();
    const store: Store = openStore(':memory:', { now: time.now });
    cleanup.push(() => store.close());
    let paused = false;
    const sender = fakeSender('telegram', time.now, (call) => {
      if (paused || call.chatId !== '41') return undefined;
      paused = true;
      return new DeliveryError('rate-limited', '429', { retryAfterSeconds: 10 });
    });
    const service = createDeliveryService({
      store, content: fakeContent(articles(['a'])), config: testConfig(), logger: captureLogger().logger,
      now: time.now, sleep: time.sleep, senders: { telegram: sender }, renderers: { telegram: fakeRenderer('telegram', 3) },
    });
    cleanup.push(() => service.stop());
    for (const chat of ['41', '42', '43', '44']) store.subscriptions.subscribe('telegram', chat, 'private');
    const start = time.now().getTime();
    const publishing = service.publishNow();
    await time.run();
    expect(await publishing).toMatchObject({ sent: 12 });
    const timesTo = (chatId: string): number[] => sender.sent.filter((m) => m.chatId === chatId).map((m) => m.at - start);
    for (const chat of ['42', '43', '44']) {
      expect(timesTo(chat)).toEqual([0, 1000, 2000]);
      expect(payloadsTo(sender.sent, chat)).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
    }
    expect(timesTo('41')).toEqual([10_000, 11_000, 12_000]);
    expect(payloadsTo(sender.sent, '41')).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
  });
});
