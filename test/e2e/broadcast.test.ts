import { describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, closedAfterEach, createWorld, deliveryOf, markerSeries, partMarkers, type World } from './app-world.js';
import { largeContentDir } from './content-fixture.js';

// 10:30 in Asia/Kolkata: no default 08:00 slot falls inside these tests.
const START = new Date('2030-03-14T05:00:00Z');
const CHATS = Array.from({ length: 100 }, (_, i) => 7001 + i);
/** Telegram's limits at ten times the speed (a "second" lasts 100 ms), so 100 chats take seconds. */
const TIME_SCALE = 0.1;

const t = closedAfterEach();

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what}: not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const confirmations = (w: World, chat: number): number => w.fake.sent(chat).filter((m) => m.plainText.startsWith('Subscribed!')).length;

/**
 * 100 private chats send /subscribe at once, then the admin publishes a digest of several parts,
 * against a fake that enforces Telegram's limits (scaled). `delivery` sets the app's own limiter.
 */
async function broadcast(delivery: Record<string, number>): Promise<{ w: World; parts: number }> {
  const content = largeContentDir();
  t.dir = content.dir;
  t.world = await createWorld({
    start: START, rateLimits: { timeScale: TIME_SCALE }, delivery,
    env: { CONTENT_DIR: content.contentDir, DIGEST_MAX_STORIES: '50', RETRY_AFTER_CAP_SECONDS: '5' },
  });
  const w = t.world;
  const app = await w.start();
  for (const chat of CHATS) w.fake.pushUpdate(privateMessage(chat, '/subscribe'));
  await until(() => CHATS.every((chat) => confirmations(w, chat) > 0), 30_000, 'every /subscribe confirmed');
  w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
  await w.fake.waitFor((m) => m.chat_id === ADMIN && m.plainText.startsWith('Published'), 30_000);
  // 429s beyond the inline waits park a chat for a (real) second: later dispatches send the rest.
  for (let round = 0; round < 20 && app.services.delivery.pendingCount() > 0; round++) {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await deliveryOf(app).dispatch();
  }
  expect(app.services.delivery.pendingCount()).toBe(0);
  const first = partMarkers(w.fake, CHATS[0] as number);
  const parts = Number(first[0]?.split('/')[1] ?? 0);
  return { w, parts };
}

function expectEveryChatServedOnce(w: World, parts: number): void {
  expect(parts).toBeGreaterThanOrEqual(2);
  const wrong = CHATS.filter((chat) => confirmations(w, chat) !== 1 || partMarkers(w.fake, chat).join() !== markerSeries(parts).join());
  expect(wrong.map((chat) => `${chat}: ${confirmations(w, chat)} confirmations, parts ${partMarkers(w.fake, chat).join(' ')}`)).toEqual([]);
}

describe('broadcast to 100 chats against a fake enforcing Telegram limits (scaled ×10)', () => {
  it('every /subscribe of a burst is confirmed once, every chat gets every part once, in order', async () => {
    const { w, parts } = await broadcast({ perChatIntervalMs: 1000 * TIME_SCALE, globalPerSecond: 28 / TIME_SCALE });
    expectEveryChatServedOnce(w, parts);
  }, 90_000);

  it('with the app set above the ceiling (many 429s), still nothing lost, doubled or left unconfirmed', async () => {
    const { w, parts } = await broadcast({ perChatIntervalMs: 0, globalPerSecond: 60 / TIME_SCALE });
    expect(w.fake.rateLimited().global + w.fake.rateLimited().chat).toBeGreaterThan(0);
    expectEveryChatServedOnce(w, parts);
  }, 90_000);
});
