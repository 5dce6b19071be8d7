import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentHolder } from '../../../src/app/ports/app-port.js';
import { seedContent } from '../telegram/bot-harness.js';
import { EDITOR, LOCKED, NEWS, NO_MANAGE, READER, SPORTS, startHarness, type Harness } from './bot-harness.js';
import { shown } from './reply-text.js';

let h: Harness;
/** The seed content, or a failing read when `broken` is set (a disk that went away). */
let broken = false;
beforeAll(async () => {
  const seed = seedContent();
  const content: ContentHolder = {
    current: () => {
      if (broken) throw new Error('EIO: content folder unreadable');
      return seed.current();
    },
    reload: () => seed.reload(),
  };
  h = await startHarness(content);
}, 20_000);
afterAll(async () => h?.close());

const sub = (channel: string) => h.services.store.subscriptions.get('discord', channel);

describe('Discord slash commands: subscriptions', () => {
  it('/subscribe by a member with Manage Channels subscribes the channel (public reply); twice says so', async () => {
    const first = await h.ask('subscribe');
    expect(first).toHaveLength(1);
    expect(first[0]?.ephemeral).toBe(false);
    expect(shown(first)).toMatch(/Subscribed!\nसब्सक्राइब हो गया!/);
    expect(sub(NEWS)).toMatchObject({ platform: 'discord', kind: 'guild-channel', active: true, language: 'both' });
    expect(shown(await h.ask('subscribe'))).toContain('This chat is already subscribed.');
  });

  it('/subscribe without Manage Channels is refused privately and subscribes nothing', async () => {
    const replies = await h.ask('subscribe', { user: READER, channel: SPORTS });
    expect(replies.every((m) => m.ephemeral)).toBe(true);
    expect(shown(replies)).toContain('you need the Manage Channels permission');
    expect(sub(SPORTS)).toBeNull();
  });

  it('/subscribe channel:#sports from #news subscribes #sports and names it', async () => {
    const replies = await h.ask('subscribe', { options: { channel: { channel: SPORTS } } });
    expect(shown(replies)).toContain(`Channel: <#${SPORTS}>`);
    expect(sub(SPORTS)?.active).toBe(true);
  });

  it('/subscribe channel:X where the member lacks Manage Channels in X is refused', async () => {
    const replies = await h.ask('subscribe', { options: { channel: { channel: NO_MANAGE } } });
    expect(replies[0]?.ephemeral).toBe(true);
    expect(shown(replies)).toContain('Manage Channels');
    expect(sub(NO_MANAGE)).toBeNull();
  });

  it('/subscribe channel:X where the bot cannot post says what it needs', async () => {
    const replies = await h.ask('subscribe', { options: { channel: { channel: LOCKED } } });
    expect(replies[0]?.ephemeral).toBe(true);
    expect(shown(replies)).toContain(`I cannot post in <#${LOCKED}>: I need View Channel, Send Messages and Embed Links there.`);
    expect(sub(LOCKED)).toBeNull();
  });

  it('/lang and /time show and change the settings; bad values and non-managers get private errors', async () => {
    expect(shown(await h.ask('lang'))).toContain('Digest language: both');
    expect(shown(await h.ask('lang', { options: { language: 'hi' } }))).toContain('Digest language set to hi (Hindi).');
    expect(sub(NEWS)?.language).toBe('hi');
    const refused = await h.ask('lang', { user: READER, options: { language: 'en' } });
    expect(refused[0]?.ephemeral).toBe(true);
    expect(sub(NEWS)?.language).toBe('hi');
    expect(shown(await h.ask('time', { options: { time: '07:30' } }))).toContain('every day at 07:30 (Asia/Kolkata)');
    expect(sub(NEWS)?.time).toBe('07:30');
    const bad = await h.ask('time', { options: { time: '25:99' } });
    expect(bad[0]?.ephemeral).toBe(true);
    expect(shown(bad)).toContain('Invalid time "25:99"');
    expect(shown(await h.ask('time', { options: { time: '06:45', channel: { channel: SPORTS } } }))).toContain(`Channel: <#${SPORTS}>`);
    expect(sub(SPORTS)?.time).toBe('06:45');
  });

  it('/unsubscribe channel:#sports stops it; again says it was not subscribed', async () => {
    expect(shown(await h.ask('unsubscribe', { options: { channel: { channel: SPORTS } } }))).toContain('Unsubscribed.');
    expect(sub(SPORTS)?.active).toBe(false);
    expect(shown(await h.ask('unsubscribe', { options: { channel: { channel: SPORTS } } }))).toContain('This chat is not subscribed.');
  });
});

describe('Discord slash commands: digest, event, help', () => {
  it('/digest defers publicly, then edits and follows up with story embeds within limits, mentions off', async () => {
    const replies = await h.ask('digest', { channel: SPORTS, user: READER });
    expect(h.fake.callbacks().at(-1)).toMatchObject({ type: 5, ephemeral: false });
    expect(replies[0]?.source).toBe('edit');
    expect(replies.every((m) => !m.ephemeral)).toBe(true);
    expect(replies[0]?.content).toMatch(/^\*\*khabar\*\* · 20 June 2024 · \d stories/);
    const embeds = replies.flatMap((m) => m.embeds);
    expect(embeds.filter((e) => /^\d+\. /.test(e.title ?? '')).length).toBeGreaterThanOrEqual(3);
    expect(embeds[0]?.fields?.map((f) => f.name)).toContain('Sources · स्रोत');
    for (const m of replies) expect(m.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('/digest in a Hindi channel answers in Hindi', async () => {
    const replies = await h.ask('digest');
    expect(replies[0]?.content).toMatch(/^\*\*खबर\*\* · 20 जून 2024/);
    expect(replies.flatMap((m) => m.embeds)[0]?.fields?.map((f) => f.name)).toContain('स्रोत');
  });

  it('/event date:2024-06 answers privately with the mentions', async () => {
    const replies = await h.ask('event', { user: READER, options: { date: '2024-06' } });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((m) => m.ephemeral)).toBe(true);
    expect(shown(replies)).toMatch(/Events for 2024-06 · 2024-06 की घटनाएँ \(\d+ mentions?\)/);
  });

  it.each(['2024-13-45', 'kal', '19/06/2024'])('/event date:%s → the CLI error, privately', async (date) => {
    const replies = await h.ask('event', { user: READER, options: { date } });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.ephemeral).toBe(true);
    expect(shown(replies)).toContain('For example: /event 2024-06-19');
  });

  it('/help lists the user commands privately', async () => {
    const replies = await h.ask('help', { user: READER });
    expect(replies[0]?.ephemeral).toBe(true);
    expect(shown(replies)).toContain('/event <YYYY-MM-DD|YYYY-MM|YYYY>');
    expect(shown(replies)).not.toContain('Admin commands:');
  });

  it('a /digest that fails after its public deferral: placeholder deleted, apology only for the asker', async () => {
    broken = true;
    try {
      const replies = await h.ask('digest', { user: READER });
      expect(h.fake.callbacks().at(-1)).toMatchObject({ type: 5, ephemeral: false });
      expect(h.fake.calls('DELETE /webhooks/:app/:token/messages/:message')).toHaveLength(1);
      const visible = replies.filter((m) => m.source === 'followup');
      expect(visible).toHaveLength(1);
      expect(visible[0]?.ephemeral).toBe(true);
      expect(shown(visible)).toContain('Sorry, something went wrong. Please try again later.');
      expect(h.services.logs.some((l) => l.msg === 'command failed' && l.command === 'digest')).toBe(true);
    } finally {
      broken = false;
    }
  });

  it('an unknown command gets a private hint', async () => {
    const replies = await h.ask('nonsense', { user: EDITOR });
    expect(replies[0]?.ephemeral).toBe(true);
    expect(shown(replies)).toContain('Unknown command /nonsense.');
  });
});
