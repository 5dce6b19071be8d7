import { describe, expect, it } from 'vitest';
import { subscribeCommand } from '../../../src/app/commands/subscribe.js';
import { unsubscribeCommand } from '../../../src/app/commands/unsubscribe.js';
import { english, makeContext } from './command-context-fixture.js';
import { fakeContent, testServices } from './services-fixture.js';

const services = () => testServices({ content: fakeContent([]) });

describe('/subscribe and /unsubscribe', () => {
  it('subscribes a private chat, then says already subscribed, without a permission check', async () => {
    const s = services();
    const ctx = makeContext(s);
    const first = await subscribeCommand.run(ctx);
    expect(first).toMatchObject({ kind: 'text', tone: 'ok' });
    expect(english(first)).toMatch(/^Subscribed!\nThe digest arrives every day at 08:00 \(Asia\/Kolkata\)\./);
    expect(english(await subscribeCommand.run(ctx))).toMatch(/^This chat is already subscribed\./);
    expect(ctx.manageChecks).toBe(0);
    expect(s.store.subscriptions.get('telegram', '501')).toMatchObject({ kind: 'private', active: true, language: 'both' });
    expect(s.store.subscriptions.count()).toEqual({ active: 1, total: 1 });
  });

  it('unsubscribes, says so when not subscribed, and re-subscribes', async () => {
    const s = services();
    const ctx = makeContext(s);
    expect(english(await unsubscribeCommand.run(ctx))).toBe('This chat is not subscribed.');
    await subscribeCommand.run(ctx);
    expect(english(await unsubscribeCommand.run(ctx))).toMatch(/^Unsubscribed\./);
    expect(english(await unsubscribeCommand.run(ctx))).toBe('This chat is not subscribed.');
    expect(english(await subscribeCommand.run(ctx))).toMatch(/^Subscribed!/);
    expect(s.store.subscriptions.count()).toEqual({ active: 1, total: 1 });
  });

  it.each([
    ['group', 'only a group administrator'],
    ['guild-channel', 'Manage Channels permission'],
  ] as const)('refuses a %s member who cannot manage the chat', async (chatKind, words) => {
    const s = services();
    const ctx = makeContext(s, { chatKind, chatId: '-2001', userId: '77', canManage: false });
    for (const command of [subscribeCommand, unsubscribeCommand]) {
      const reply = await command.run(ctx);
      expect(reply).toMatchObject({ kind: 'text', tone: 'refused' });
      expect(english(reply)).toContain(words);
    }
    expect(ctx.manageChecks).toBe(2);
    expect(s.store.subscriptions.get('telegram', '-2001')).toBeNull();
  });

  it('lets a group administrator subscribe the group', async () => {
    const s = services();
    const ctx = makeContext(s, { chatKind: 'group', chatId: '-2001', userId: '77', canManage: true });
    expect(english(await subscribeCommand.run(ctx))).toMatch(/^Subscribed!/);
    expect(s.store.subscriptions.get('telegram', '-2001')).toMatchObject({ kind: 'group', active: true });
  });

  it('treats a failing permission check as a refusal and logs it', async () => {
    const s = services();
    const ctx = makeContext(s, { chatKind: 'group', chatId: '-2001', canManage: new Error('network down') });
    expect(await subscribeCommand.run(ctx)).toMatchObject({ tone: 'refused' });
    expect(s.logs.some((l) => l.msg === 'permission check failed')).toBe(true);
  });

  it('subscribes a channel from a channel post (no user, no check)', async () => {
    const s = services();
    const ctx = makeContext(s, { chatKind: 'channel', chatId: '-1003001', userId: null });
    expect(english(await subscribeCommand.run(ctx))).toMatch(/^Subscribed!/);
    expect(s.store.subscriptions.get('telegram', '-1003001')).toMatchObject({ kind: 'channel' });
    expect(ctx.manageChecks).toBe(0);
  });

  it('describes the schedule when there is no simple default time', async () => {
    const s = services();
    s.config.schedule.defaultTime = null;
    expect(english(await subscribeCommand.run(makeContext(s)))).toContain('on the configured schedule (Asia/Kolkata)');
  });
});
