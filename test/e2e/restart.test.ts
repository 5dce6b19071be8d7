import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/open-store.js';
import { groupMessage, privateMessage, type FakeTelegram } from '../fakes/telegram/index.js';
import { ADMIN, createWorld, deliveryOf, shown, type World } from './app-world.js';

const READER = 4001;
// 10:30 in Asia/Kolkata: no default 08:00 slot falls inside these tests.
const START = new Date('2030-03-14T05:00:00Z');

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** "(i/n)" markers of the digest parts a chat received, in order. */
const markers = (fake: FakeTelegram, chat: number): string[] =>
  fake.sent(chat).flatMap((m) => /\((\d+\/\d+)\)$/.exec(m.plainText)?.[1] ?? []);

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('restart in the middle of delivery (same database, same fake, a new app)', () => {
  it('connection lost after Telegram took part 2: the restart sends part 2 again (the one in flight) and part 3; nothing lost', async () => {
    world = await createWorld({ start: START, delivery: { perChatIntervalMs: 1000 } });
    const w = world;
    await w.start();
    expect(shown(await w.ask(privateMessage(READER, '/subscribe')))).toMatch(/^Subscribed!/);
    w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
    await w.fake.waitFor((m) => m.chat_id === READER && m.plainText.endsWith('(1/3)'), 5000);
    w.fake.fail({ kind: 'drop-after', method: 'sendMessage', chatId: READER });
    const reply = await w.fake.waitFor((m) => m.chat_id === ADMIN && m.plainText.startsWith('Published'), 5000);
    expect(reply.plainText).toContain('Message parts sent: 1.');
    expect(markers(w.fake, READER)).toEqual(['1/3', '2/3']);
    expect(w.fake.calls('sendMessage').filter((c) => c.outcome === 'dropped')).toHaveLength(1);

    w.clock.advance(60 * 60_000); // past the retry back-off of the lost part
    const restarted = await w.start();
    await deliveryOf(restarted).idle();
    expect(markers(w.fake, READER)).toEqual(['1/3', '2/3', '2/3', '3/3']);
    expect(restarted.services.delivery.pendingCount()).toBe(0);
    const times = w.fake.calls('sendMessage').filter((c) => String(c.params['chat_id']) === String(READER) && c.params['text'] !== undefined).slice(-4).map((c) => c.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950); // ≈1 msg/s per chat
  });

  it('app.stop() while part 2 is in flight: that part finishes, stop returns without sending part 3, the new app sends it; each part once', async () => {
    world = await createWorld({ start: START });
    const w = world;
    const first = await w.start();
    expect(shown(await w.ask(privateMessage(READER, '/subscribe')))).toMatch(/^Subscribed!/);
    w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
    await w.fake.waitFor((m) => m.chat_id === READER && m.plainText.endsWith('(1/3)'), 5000);
    w.fake.fail({ kind: 'delay', delayMs: 800, method: 'sendMessage', chatId: READER });
    await until(() => w.fake.calls('sendMessage').some((c) => String(c.params['chat_id']) === String(READER) && c.outcome === 'pending'));

    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(2500);
    expect(markers(w.fake, READER)).toEqual(['1/3', '2/3']);

    const restarted = await w.start();
    await deliveryOf(restarted).idle();
    expect(markers(w.fake, READER)).toEqual(['1/3', '2/3', '3/3']);
    expect(restarted.services.delivery.pendingCount()).toBe(0);
  });

  it('stop() resolves promptly while a long poll is parked and closes the database (it reopens, the WAL is checkpointed)', async () => {
    world = await createWorld({ longPollCapMs: 30_000 });
    const w = world;
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
  // BUG (src/adapters/telegram/create-telegram-bot.ts, stop()): the runner's stop() does not wait for
  // handlers in flight, so startApp closes the database under them ("The database connection is not
  // open") and the user gets an apology. `.fails` documents it: remove it once stop() awaits handlers.
  it.fails('a group /subscribe waiting on getChatMember when stop() is called still completes and is answered', async () => {
    world = await createWorld();
    const w = world;
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
