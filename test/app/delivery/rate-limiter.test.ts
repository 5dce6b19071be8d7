import { describe, expect, it } from 'vitest';
import { createRateLimiter, isGroupChat } from '../../../src/app/delivery/rate-limiter.js';
import type { ChatKind, Platform, Subscription } from '../../../src/app/ports/store-port.js';
import { fakeTime } from './delivery-fixtures.js';
import { virtualTime } from './virtual-time.js';

function chat(chatId: string, kind: ChatKind = 'private', platform: Platform = 'telegram'): Subscription {
  return {
    id: 1, platform, chatId, kind, language: 'both', time: null, active: true, deactivatedReason: null,
    createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
  };
}

async function sendTimes(count: number, subscription: (i: number) => Subscription, limits = { perChatIntervalMs: 1000, perGroupPerMinute: 20, globalPerSecond: 30 }) {
  const time = fakeTime();
  const limiter = createRateLimiter(limits, time);
  const start = time.now().getTime();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.acquire(subscription(i));
    times.push(time.now().getTime() - start);
  }
  return { times, sleeps: time.sleeps };
}

describe('rate limiter', () => {
  it('spaces messages to one chat at least a second apart', async () => {
    const { times } = await sendTimes(4, () => chat('42'));
    expect(times).toEqual([0, 1000, 2000, 3000]);
  });

  it('does not hold back other chats', async () => {
    const { times, sleeps } = await sendTimes(4, (i) => chat(String(100 + i)));
    expect(times).toEqual([0, 0, 0, 0]);
    expect(sleeps).toEqual([]);
  });

  it('sends at most perGroupPerMinute to one group in any minute', async () => {
    const { times } = await sendTimes(25, () => chat('-1001234', 'group'));
    expect(times.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i * 1000));
    expect(times[20]).toBe(60_000);
    for (let i = 20; i < times.length; i++) expect((times[i] as number) - (times[i - 20] as number)).toBeGreaterThanOrEqual(60_000);
  });

  it('caps the overall rate per second', async () => {
    const { times } = await sendTimes(35, (i) => chat(String(i)));
    expect(times.filter((t) => t < 1000)).toHaveLength(30);
    expect(times[30]).toBe(1000);
  });

  it('treats channels, guild channels and negative Telegram ids as groups', () => {
    expect(isGroupChat(chat('-100777', 'channel'))).toBe(true);
    expect(isGroupChat(chat('555', 'guild-channel', 'discord'))).toBe(true);
    expect(isGroupChat(chat('-42', 'private'))).toBe(true);
    expect(isGroupChat(chat('42', 'private'))).toBe(false);
  });

  it('stops waiting when cancelled, without counting the message', async () => {
    const time = fakeTime();
    let stopped = false;
    const clock = { now: time.now, sleep: async (ms: number) => void (await time.sleep(ms), (stopped = true)) };
    const limiter = createRateLimiter({ perChatIntervalMs: 1000, perGroupPerMinute: 20, globalPerSecond: 30 }, clock);
    expect(await limiter.acquire(chat('42'))).toBe(true);
    expect(await limiter.acquire(chat('42'), { cancelled: () => stopped })).toBe(false);
    expect(time.sleeps).toEqual([1000]);
    expect(limiter.waitMs(chat('42'))).toBe(0);
  });
});

describe('rate limiter queue', () => {
  const limits = { perChatIntervalMs: 1000, perGroupPerMinute: 20, globalPerSecond: 2 };

  it('grants a waiting reply before digest parts that waited longer', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter(limits, time);
    const order: string[] = [];
    const take = (id: string, priority: 'reply' | 'digest') => limiter.acquire(chat(id), { priority }).then(() => void order.push(id));
    // 2/s overall: the first goes at once, the rest queue; the reply, asked last, goes next.
    const all = Promise.all([take('1', 'digest'), take('2', 'digest'), take('3', 'digest'), take('4', 'digest'), take('9', 'reply')]);
    await time.run();
    await all;
    expect(order).toEqual(['1', '9', '2', '3', '4']);
  });

  it('a chat paused by a 429 or waiting for its own gap holds only itself', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter({ ...limits, globalPerSecond: 30 }, time);
    const start = time.now().getTime();
    const at: Record<string, number> = {};
    const take = (id: string) => limiter.acquire(chat(id)).then(() => void (at[id] = time.now().getTime() - start));
    await limiter.acquire(chat('42'));
    limiter.pause(chat('43'), 5000);
    const all = Promise.all([take('42'), take('43'), take('44')]);
    await time.run();
    await all;
    expect(at).toEqual({ '44': 0, '42': 1000, '43': 5000 });
  });

  it('counts a chat gap from the platform answer (settle), not from the grant', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter(limits, time);
    await limiter.acquire(chat('42'));
    time.advance(300); // the answer took 300 ms
    limiter.settle(chat('42'));
    expect(limiter.waitMs(chat('42'))).toBe(1000);
  });

  it('keeps platforms apart: Discord does not use up Telegram’s global rate', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ...limits, perChatIntervalMs: 0 }, time);
    await limiter.acquire(chat('1'));
    await limiter.acquire(chat('2'));
    expect(limiter.waitMs(chat('3'))).toBeGreaterThan(0);
    expect(limiter.waitMs(chat('3', 'guild-channel', 'discord'))).toBe(0);
  });

  it('ends a wait once its time was slept even if the clock stands still (frozen test clocks, a clock set back)', async () => {
    const frozen = { now: () => new Date('2025-03-14T02:29:00.000Z'), sleep: async () => undefined };
    const limiter = createRateLimiter(limits, frozen);
    expect(await limiter.acquire(chat('42'))).toBe(true);
    limiter.pause(chat('42'), 5000);
    expect(await limiter.acquire(chat('42'))).toBe(true);
  });
});

