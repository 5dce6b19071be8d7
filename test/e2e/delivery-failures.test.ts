import { afterEach, describe, expect, it } from 'vitest';
import { groupMessage, privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, createWorld, deliveryOf, shown, wellFormed, type World } from './app-world.js';

const A = 2001;
const B = 2002;
const C = 2003;
const GROUP = -2100;

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

async function subscribe(w: World, chats: number[]): Promise<void> {
  for (const chat of chats) {
    if (chat > 0) expect(shown(await w.ask(privateMessage(chat, '/subscribe')))).toMatch(/^Subscribed!/);
    else {
      w.fake.setChatMember(chat, 5, 'creator');
      expect(shown(await w.ask(groupMessage(chat, 5, '/subscribe')))).toMatch(/^Subscribed!/);
    }
  }
}

/** Digest parts (the "khabar ·" header starts part 1; every part ends "(i/n)" when there are several). */
const digestParts = (w: World, chat: number) => w.fake.sent(chat).filter((m) => m.params['parse_mode'] === 'HTML' && /\(\d+\/\d+\)$/.test(m.plainText));
const sendCalls = (w: World, chat: number) => w.fake.calls('sendMessage').filter((c) => String(c.params['chat_id']) === String(chat));

describe('delivery failures through the whole app', () => {
  it('a 429 with retry_after=1 for one chat: delivery waits, that chat gets every part once, others too', async () => {
    world = await createWorld();
    const w = world;
    await w.start();
    await subscribe(w, [A, B, C]);
    const limit = w.fake.fail({ kind: 'rate-limit', retryAfter: 1, method: 'sendMessage', chatId: B });
    const callsBefore = sendCalls(w, B).length;
    const started = Date.now();
    const report = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(limit.hits).toBe(1);
    const parts = digestParts(w, A).length;
    expect(parts).toBeGreaterThan(1);
    expect(report).toContain(`Message parts sent: ${3 * parts}.`);
    for (const chat of [A, B, C]) {
      expect(digestParts(w, chat).map((m) => m.plainText.slice(-6))).toEqual(digestParts(w, A).map((m) => m.plainText.slice(-6)));
      expect(digestParts(w, chat).every(wellFormed)).toBe(true);
    }
    expect(sendCalls(w, B).slice(callsBefore).map((c) => c.status)).toEqual([429, ...Array<number>(parts).fill(200)]);
  });

  it('a 429 beyond RETRY_AFTER_CAP_SECONDS parks that chat while the others get theirs; it resumes once the wait is over', async () => {
    world = await createWorld({ env: { RETRY_AFTER_CAP_SECONDS: '2' } });
    const w = world;
    const app = await w.start();
    await subscribe(w, [A, B, C]);
    w.fake.fail({ kind: 'rate-limit', retryAfter: 60, method: 'sendMessage', chatId: B });
    const report = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    const parts = digestParts(w, A).length;
    expect(report).toContain(`Message parts sent: ${2 * parts}.`);
    expect(w.logs.filter((l) => l.msg === 'rate limited; waiting')).toEqual([]); // parked at once, no wait up to the cap
    expect(digestParts(w, C)).toHaveLength(parts);
    expect(digestParts(w, B)).toEqual([]);
    expect(shown(await w.ask(privateMessage(ADMIN, '/status')))).toContain(`Pending deliveries: ${parts}`);
    expect(w.logs.some((l) => l.msg === 'rate limited beyond the cap; subscription parked')).toBe(true);

    // Nothing is sent before retry_after is over, then everything exactly once.
    expect((await deliveryOf(app).dispatch()).sent).toBe(0);
    w.clock.advance(61_000);
    expect((await deliveryOf(app).dispatch()).sent).toBe(parts);
    expect(digestParts(w, B).map((m) => m.text)).toEqual(digestParts(w, A).map((m) => m.text));
    expect(app.services.delivery.pendingCount()).toBe(0);
  });

  it('403 blocked, 403 kicked and 400 chat not found deactivate those subscriptions; the rest are delivered', async () => {
    world = await createWorld();
    const w = world;
    const app = await w.start();
    await subscribe(w, [A, B, GROUP, C]);
    w.fake.fail({ kind: 'blocked', method: 'sendMessage', chatId: B, times: Infinity });
    w.fake.fail({ kind: 'kicked', method: 'sendMessage', chatId: GROUP, times: Infinity });
    w.fake.fail({ kind: 'chat-not-found', method: 'sendMessage', chatId: C, times: Infinity });
    const report = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    const parts = digestParts(w, A).length;
    expect(report).toContain(`Message parts sent: ${parts}.`);
    for (const chat of [B, GROUP, C]) expect(sendCalls(w, chat).filter((c) => c.params['parse_mode'] === 'HTML' && c.status !== 200)).toHaveLength(1);
    const { subscriptions } = app.services.store;
    expect([B, GROUP, C].map((chat) => subscriptions.get('telegram', String(chat))?.deactivatedReason)).toEqual(['forbidden', 'forbidden', 'chat-not-found']);
    expect(subscriptions.get('telegram', String(A))?.active).toBe(true);
    const status = shown(await w.ask(privateMessage(ADMIN, '/status')));
    expect(status).toContain('Subscriptions: 1 active of 4');
    expect(status).toContain('Pending deliveries: 0');
    w.fake.clearFailures();
    expect(shown(await w.ask(privateMessage(ADMIN, '/publish')))).toContain('Published: 0 subscription(s) got a digest, 1 had nothing new.');
  });

  it('a group upgraded to a supergroup (migrate_to_chat_id): the subscription moves and the digest arrives at the new id', async () => {
    world = await createWorld();
    const w = world;
    const app = await w.start();
    await subscribe(w, [GROUP]);
    const SUPERGROUP = -1009876543210;
    w.fake.fail({ kind: 'migrated', migrateToChatId: SUPERGROUP, method: 'sendMessage', chatId: GROUP, times: Infinity });
    const report = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    const markers = digestParts(w, SUPERGROUP).map((m) => /\((\d+\/\d+)\)$/.exec(m.plainText)?.[1]);
    expect(markers.length).toBeGreaterThan(1);
    expect(markers).toEqual(markers.map((_, i) => `${i + 1}/${markers.length}`));
    expect(report).toContain(`Message parts sent: ${markers.length}.`);
    expect(digestParts(w, GROUP)).toEqual([]);
    expect(app.services.store.subscriptions.listActive().map((s) => s.chatId)).toEqual([String(SUPERGROUP)]);
    expect(app.services.delivery.pendingCount()).toBe(0);
  });
});
