import { afterEach, describe, expect, it } from 'vitest';
import { telegramRenderer } from '../../src/adapters/telegram/render/render-telegram.js';
import type { RunningApp } from '../../src/start-app.js';
import { localDate } from '../../src/core/calendar/zoned-time.js';
import { buildDigest } from '../../src/core/digest/build-digest.js';
import { factFormatters } from '../../src/core/pipeline/fact-formatters.js';
import { channelPost, groupMessage, privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, createWorld, deliveryOf, shown, wellFormed, type World } from './app-world.js';

const PRIVATE = 1001;
const GROUP = -2001;
const GROUP_ADMIN = 77;
const CHANNEL = -1001234567890;

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** What the planner should have rendered for a fresh subscription in `language` right now. */
function expectedParts(app: RunningApp, language: 'both' | 'hi' | 'en'): string[] {
  const { config, content, now } = app.services;
  const digest = buildDigest(content.current().articles, {
    edition: localDate(now(), config.schedule.timezone), limit: config.digest.maxStories, format: factFormatters,
  });
  return telegramRenderer.render(digest, language);
}

describe('khabar on Telegram, end to end (startApp against the fake Bot API)', () => {
  it('three subscribers (private hi, group en, channel both) get the /publish digest; a second /publish sends nothing', async () => {
    world = await createWorld();
    const w = world;
    const app = await w.start();
    expect(app.adapters).toEqual(['telegram']);

    expect(shown(await w.ask(privateMessage(PRIVATE, '/subscribe')))).toMatch(/^Subscribed!/);
    expect(shown(await w.ask(privateMessage(PRIVATE, '/lang hi')))).not.toMatch(/not subscribed/);
    expect(shown(await w.ask(groupMessage(GROUP, 78, '/subscribe')))).toMatch(/only a group administrator/);
    w.fake.setChatMember(GROUP, GROUP_ADMIN, 'administrator');
    expect(shown(await w.ask(groupMessage(GROUP, GROUP_ADMIN, '/subscribe')))).toMatch(/^Subscribed!/);
    await w.ask(groupMessage(GROUP, GROUP_ADMIN, '/lang en'));
    expect(shown(await w.ask(channelPost(CHANNEL, '/subscribe')))).toMatch(/^Subscribed!/);
    expect(shown(await w.ask(channelPost(CHANNEL, '/subscribe')))).toMatch(/already subscribed/);
    const languages = app.services.store.subscriptions.listActive().map((s) => [s.chatId, s.kind, s.language]);
    expect(languages).toEqual([[String(PRIVATE), 'private', 'hi'], [String(GROUP), 'group', 'en'], [String(CHANNEL), 'channel', 'both']]);

    expect(shown(await w.ask(privateMessage(ADMIN + 1, '/publish')))).toMatch(/admin/i);
    const before = new Map([PRIVATE, GROUP, CHANNEL].map((chat) => [chat, w.fake.sent(chat).length]));
    const report = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    const delivered = (chat: number) => w.fake.sent(chat).slice(before.get(chat));
    const expected = { hi: expectedParts(app, 'hi'), en: expectedParts(app, 'en'), both: expectedParts(app, 'both') };
    expect(expected.both.length).toBeGreaterThan(1);
    expect(report).toContain('Published: 3 subscription(s) got a digest, 0 had nothing new.');
    expect(report).toContain(`Message parts sent: ${expected.hi.length + expected.en.length + expected.both.length}.`);

    expect(delivered(PRIVATE).map((m) => m.text)).toEqual(expected.hi);
    expect(delivered(GROUP).map((m) => m.text)).toEqual(expected.en);
    expect(delivered(CHANNEL).map((m) => m.text)).toEqual(expected.both);
    const all = [PRIVATE, GROUP, CHANNEL].flatMap(delivered);
    expect(all.filter((m) => !wellFormed(m))).toEqual([]);
    expect(shown(delivered(PRIVATE))).toMatch(/^खबर · .* खबरें/);
    expect(shown(delivered(PRIVATE))).not.toMatch(/stories/);
    expect(shown(delivered(GROUP))).toMatch(/^khabar · .* stories\n/);
    expect(shown(delivered(GROUP))).not.toMatch(/खबरें/);
    expect(delivered(CHANNEL).map((m) => /\((\d+)\/\d+\)$/.exec(m.plainText)?.[1])).toEqual(expected.both.map((_, i) => String(i + 1)));

    const sentBefore = w.fake.sent().length;
    const again = shown(await w.ask(privateMessage(ADMIN, '/publish')));
    expect(again).toContain('Published: 0 subscription(s) got a digest, 3 had nothing new.');
    expect(again).toContain('Message parts sent: 0.');
    expect(w.fake.sent().slice(sentBefore).map((m) => m.chat_id)).toEqual([ADMIN, ADMIN]);

    const status = shown(await w.ask(privateMessage(ADMIN, '/status')));
    expect(status).toContain('Subscriptions: 3 active of 3');
    expect(status).toContain('Pending deliveries: 0');
    expect(status).not.toMatch(/Last digest: never/);
  });

  it('a subscriber whose /time comes round gets the digest without /publish; others and earlier runs get nothing', async () => {
    // 10:30 in Asia/Kolkata; the default cron (08:00) slot of today is before anyone subscribed.
    world = await createWorld({ start: new Date('2030-03-14T05:00:00Z') });
    const w = world;
    const app = await w.start();
    await w.ask(privateMessage(1101, '/subscribe'));
    expect(shown(await w.ask(privateMessage(1101, '/time 10:32')))).toContain('every day at 10:32 (Asia/Kolkata)');
    await w.ask(privateMessage(1102, '/subscribe'));
    const delivery = deliveryOf(app);
    const sentBefore = w.fake.sent().length;

    expect((await delivery.runDue(new Date('2030-03-14T05:01:30Z'))).plan.queued).toBe(0);
    expect(w.fake.sent().length).toBe(sentBefore);
    const run = await delivery.runDue(new Date('2030-03-14T05:02:30Z'));
    const expected = expectedParts(app, 'both');
    expect(run.plan).toMatchObject({ due: 1, queued: 1 });
    expect(run.dispatch.sent).toBe(expected.length);
    expect(w.fake.sent(1101).slice(-expected.length).map((m) => m.text)).toEqual(expected);
    expect(w.fake.sent().slice(sentBefore).every(wellFormed)).toBe(true);
    expect(w.fake.sent(1102).filter((m) => m.plainText.startsWith('khabar ·'))).toEqual([]);
    expect((await delivery.runDue(new Date('2030-03-14T05:03:30Z'))).plan.queued).toBe(0);
    expect(w.fake.sent().length).toBe(sentBefore + expected.length);
  });
});
