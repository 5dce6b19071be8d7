import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContentHolder } from '../../../src/app/ports/app-port.js';
import { seedContent } from '../telegram/bot-harness.js';
import { expectWithinLimits } from './render/discord-checks.js';
import { ADMIN, EDITOR, NEWS, READER, SPORTS, startHarness, type Harness } from './bot-harness.js';
import { shown } from './reply-text.js';

/** 08:01 IST the day after the subscriptions were made: the 08:00 slot is due. */
const NEXT_MORNING = new Date('2024-06-21T02:31:00Z');

let content: ContentHolder;
let h: Harness;
beforeAll(() => {
  content = seedContent();
});
beforeEach(async () => {
  h = await startHarness(content);
  await h.ask('subscribe', { channel: NEWS });
  await h.ask('subscribe', { channel: SPORTS });
  await h.ask('lang', { channel: SPORTS, options: { language: 'en' } });
}, 20_000);
afterEach(async () => h.close());

const sub = (channel: string) => h.services.store.subscriptions.get('discord', channel);
const posts = (channel: string) => h.fake.messages(channel).filter((m) => m.source === 'channel');

describe('scheduled Discord digests through the shared outbox', () => {
  it('the scheduled run posts the digest to both channels, each in its language, within limits, mentions off', async () => {
    const report = await h.delivery.runDue(NEXT_MORNING);
    expect(report.plan.queued).toBe(2);
    expect(report.dispatch).toMatchObject({ sent: posts(NEWS).length + posts(SPORTS).length, failed: 0, deactivated: 0 });
    for (const channel of [NEWS, SPORTS]) {
      const messages = posts(channel);
      expect(messages.length).toBeGreaterThan(0);
      expectWithinLimits(messages.map((m) => ({ content: m.content, embeds: m.embeds })));
      for (const m of messages) {
        expect(m.allowed_mentions).toEqual({ parse: [] });
        expect(m.pings).toEqual({ everyone: false, users: [], roles: [] });
      }
    }
    expect(posts(NEWS)[0]?.content).toMatch(/^\*\*khabar\*\* · 21 June 2024 · \d stories \/ \*\*खबर\*\*/);
    expect(posts(SPORTS)[0]?.content).toMatch(/^\*\*khabar\*\* · 21 June 2024 · \d stories( \(1\/\d\))?$/);
    expect(h.delivery.pendingCount()).toBe(0);
    expect((await h.delivery.runDue(new Date(NEXT_MORNING.getTime() + 60_000))).plan.queued).toBe(0);
  });

  it('403 Missing Permissions on a channel deactivates that subscription; the other still gets it', async () => {
    h.fake.fail({ kind: 'missing-permissions', route: 'POST /channels/:channel/messages', channelId: SPORTS, times: Infinity });
    const report = await h.delivery.runDue(NEXT_MORNING);
    expect(report.dispatch.deactivated).toBe(1);
    expect(sub(SPORTS)).toMatchObject({ active: false, deactivatedReason: 'forbidden' });
    expect(sub(NEWS)?.active).toBe(true);
    expect(posts(NEWS).length).toBeGreaterThan(0);
    expect(posts(SPORTS)).toEqual([]);
    expect(h.delivery.pendingCount()).toBe(0);
  });

  it('404 Unknown Channel (deleted channel) deactivates the subscription', async () => {
    h.fake.fail({ kind: 'unknown-channel', route: 'POST /channels/:channel/messages', channelId: NEWS, times: Infinity });
    await h.delivery.runDue(NEXT_MORNING);
    expect(sub(NEWS)).toMatchObject({ active: false, deactivatedReason: 'chat-not-found' });
    expect(sub(SPORTS)?.active).toBe(true);
  });

  it('a 429 within the cap is waited out; one beyond the cap parks the channel and the other goes on', async () => {
    h.fake.fail({ kind: 'rate-limit', retryAfter: 2, route: 'POST /channels/:channel/messages', channelId: NEWS });
    h.fake.fail({ kind: 'rate-limit', retryAfter: 600, route: 'POST /channels/:channel/messages', channelId: SPORTS });
    const started = Date.now();
    const report = await h.delivery.runDue(NEXT_MORNING);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(posts(NEWS).length).toBeGreaterThan(0);
    expect(posts(SPORTS)).toEqual([]);
    expect(report.dispatch.parked).toBeGreaterThan(0);
    expect(sub(SPORTS)?.active).toBe(true);
    expect(h.delivery.pendingCount()).toBe(report.dispatch.parked);
  });
});

describe('admin commands on Discord', () => {
  it('/publish by an admin posts to every subscribed channel now and reports privately', async () => {
    const replies = await h.ask('publish', { user: ADMIN });
    expect(h.fake.callbacks().at(-1)).toMatchObject({ type: 5, ephemeral: true });
    expect(replies.every((m) => m.ephemeral)).toBe(true);
    expect(shown(replies)).toContain('Published: 2 subscription(s) got a digest, 0 had nothing new.');
    expect(posts(NEWS).length).toBeGreaterThan(0);
    expect(posts(SPORTS).length).toBeGreaterThan(0);
  });

  it.each([EDITOR, READER])('/publish, /reload and /status by a non-admin (%s) are refused privately and logged', async (user) => {
    for (const name of ['publish', 'reload', 'status']) {
      const replies = await h.ask(name, { user });
      expect(replies.every((m) => m.ephemeral)).toBe(true);
      expect(shown(replies)).toContain(`Sorry, /${name} is only for the bot's administrators.`);
    }
    expect(posts(NEWS)).toEqual([]);
    expect(h.services.logs.filter((l) => l.msg === 'admin command refused' && l.userId === user)).toHaveLength(3);
  });

  it('/status and /reload by an admin answer privately with the numbers', async () => {
    const status = shown(await h.ask('status', { user: ADMIN }));
    expect(status).toContain('Subscriptions: 2 active of 2');
    expect(status).toMatch(/Articles: \d+/);
    const reload = await h.ask('reload', { user: ADMIN });
    expect(reload.every((m) => m.ephemeral)).toBe(true);
    expect(shown(reload)).toMatch(/Reloaded: \d+ articles\./);
  });
});
