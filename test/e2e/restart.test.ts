import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/open-store.js';
import { groupMessage, privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, closedAfterEach, createWorld, deliveryOf, markerSeries, partMarkers, shown, type World } from './app-world.js';
import { largeContentDir } from './content-fixture.js';

const READER = 4001;
// 10:30 in Asia/Kolkata: no default 08:00 slot falls inside these tests.
const START = new Date('2030-03-14T05:00:00Z');

const t = closedAfterEach();

/** A bilingual digest of every story of a larger content folder: several parts (n ≥ 3). */
function manyParts(): Record<string, string> {
  const content = largeContentDir();
  t.dir = content.dir;
  return { CONTENT_DIR: content.contentDir, DIGEST_MAX_STORIES: '50' };
}

/** Waits for part 1 of the digest and returns the number of parts. */
async function firstPart(w: World): Promise<number> {
  const part = await w.fake.waitFor((m) => m.chat_id === READER && /\(1\/\d+\)$/.test(m.plainText), 5000);
  const n = Number(/\(1\/(\d+)\)$/.exec(part.plainText)?.[1]);
  expect(n).toBeGreaterThanOrEqual(3);
  return n;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('restart in the middle of delivery (same database, same fake, a new app)', () => {
  it('connection lost after Telegram took part 2: the restart sends part 2 again (the one in flight) and the rest; nothing lost', async () => {
    t.world = await createWorld({ start: START, delivery: { perChatIntervalMs: 1000 }, env: manyParts() });
    const w = t.world;
    const first = await w.start();
    expect(shown(await w.ask(privateMessage(READER, '/subscribe')))).toMatch(/^Subscribed!/);
    w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
    const n = await firstPart(w);
    w.fake.fail({ kind: 'drop-after', method: 'sendMessage', chatId: READER });
    const reply = await w.fake.waitFor((m) => m.chat_id === ADMIN && m.plainText.startsWith('Published'), 5000);
    expect(reply.plainText).toContain('Message parts sent: 1.');
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n).slice(0, 2));
    expect(w.fake.calls('sendMessage').filter((c) => c.outcome === 'dropped')).toHaveLength(1);

    // the old process is gone before the new one starts (in production the instance lease in main.ts forbids two):
    // left running in this one test process, its own retry could race the new app's after the clock jump
    await first.stop();
    w.clock.advance(60 * 60_000); // past the retry back-off of the lost part
    const restarted = await w.start();
    await deliveryOf(restarted).idle();
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n, 2));
    expect(restarted.services.delivery.pendingCount()).toBe(0);
    const times = w.fake.calls('sendMessage').filter((c) => String(c.params['chat_id']) === String(READER) && c.params['text'] !== undefined).slice(-4).map((c) => c.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950); // ≈1 msg/s per chat
  }, 60_000);

  it('app.stop() while part 2 is in flight: that part finishes, stop returns without sending part 3, the new app sends the rest; each part once', async () => {
    t.world = await createWorld({ start: START, env: manyParts() });
    const w = t.world;
    const first = await w.start();
    expect(shown(await w.ask(privateMessage(READER, '/subscribe')))).toMatch(/^Subscribed!/);
    w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
    const n = await firstPart(w);
    w.fake.fail({ kind: 'delay', delayMs: 500, method: 'sendMessage', chatId: READER });
    await until(() => w.fake.calls('sendMessage').some((c) => String(c.params['chat_id']) === String(READER) && c.outcome === 'pending'));

    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(2500);
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n).slice(0, 2));

    const restarted = await w.start();
    await deliveryOf(restarted).idle();
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n));
    expect(restarted.services.delivery.pendingCount()).toBe(0);
  }, 60_000);

  it('stop() resolves promptly while a long poll is parked and closes the database (it reopens, the WAL is checkpointed)', async () => {
    t.world = await createWorld({ longPollCapMs: 30_000 });
    const w = t.world;
    const app = await w.start();
    await w.ask(privateMessage(READER, '/subscribe'));
    await until(() => w.fake.calls('getUpdates').some((c) => c.outcome === 'pending'));
    const started = Date.now();
    await app.stop();
    expect(Date.now() - started).toBeLessThan(1500); // not the 30 s long poll
    expect(existsSync(`${w.databasePath}-wal`)).toBe(false);
    const store = openStore(w.databasePath);
    try {
      expect(store.subscriptions.get('telegram', String(READER))?.active).toBe(true);
    } finally {
      store.close();
    }
    await app.stop(); // idempotent
  });
});

describe('graceful stop with a command in flight', () => {
  // Regression: the runner's stop() alone does not wait for handlers in flight; the bot's stop()
  // must, or startApp closes the database under them and the user gets an apology.
  it('a group /subscribe waiting on getChatMember when stop() is called still completes and is answered', async () => {
    t.world = await createWorld();
    const w = t.world;
    const app = await w.start();
    w.fake.setChatMember(-4100, 5, 'administrator');
    w.fake.fail({ kind: 'delay', delayMs: 600, method: 'getChatMember' });
    w.fake.pushUpdate(groupMessage(-4100, 5, '/subscribe'));
    await until(() => w.fake.calls('getChatMember').length > 0);
    await app.stop();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(w.logs.filter((l) => l.level >= 50).map((l) => `${l.msg}: ${JSON.stringify(l['err'] ?? '').slice(0, 200)}`)).toEqual([]);
    expect(shown(w.fake.sent(-4100))).toMatch(/^Subscribed!/);
    const store = openStore(w.databasePath);
    try {
      expect(store.subscriptions.get('telegram', '-4100')?.active).toBe(true);
    } finally {
      store.close();
    }
  });
});
