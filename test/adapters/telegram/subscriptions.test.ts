import { describe, expect, it } from 'vitest';
import { channelPost, groupMessage, privateMessage } from '../../fakes/telegram/index.js';
import { shown, useSeedHarness } from './bot-harness.js';

const world = useSeedHarness();

const sub = (chatId: number) => world.h.services.store.subscriptions.get('telegram', String(chatId));

describe('Telegram /subscribe, /unsubscribe, /lang, /time', () => {
  it('private chat: subscribe, subscribe again, unsubscribe, unsubscribe again', async () => {
    expect(shown(await world.h.ask(privateMessage(601, '/subscribe')))).toMatch(/^Subscribed!\nसब्सक्राइब हो गया!/);
    expect(sub(601)).toMatchObject({ kind: 'private', active: true });
    expect(shown(await world.h.ask(privateMessage(601, '/subscribe')))).toMatch(/^This chat is already subscribed\./);
    expect(shown(await world.h.ask(privateMessage(601, '/unsubscribe')))).toMatch(/^Unsubscribed\./);
    expect(shown(await world.h.ask(privateMessage(601, '/unsubscribe')))).toMatch(/^This chat is not subscribed\./);
    expect(sub(601)?.active).toBe(false);
  });

  it('group: a member is refused politely (getChatMember), an administrator subscribes', async () => {
    world.h.fake.setChatMember(-2001, 77, 'member');
    world.h.fake.setChatMember(-2001, 78, 'administrator');
    const refused = await world.h.ask(groupMessage(-2001, 77, '/subscribe@khabar_test_bot'));
    expect(shown(refused)).toMatch(/^🚫 Sorry, only a group administrator can subscribe this group\./);
    expect(refused[0]?.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
    expect(sub(-2001)).toBeNull();
    expect(world.h.fake.calls('getChatMember').at(-1)?.params).toMatchObject({ chat_id: -2001, user_id: 77 });
    expect(shown(await world.h.ask(groupMessage(-2001, 78, '/subscribe')))).toMatch(/^Subscribed!/);
    expect(sub(-2001)).toMatchObject({ kind: 'group', active: true });
    expect(shown(await world.h.ask(groupMessage(-2001, 77, '/unsubscribe')))).toMatch(/^🚫 Sorry, only a group administrator/);
    expect(shown(await world.h.ask(groupMessage(-2001, 77, '/lang en')))).toMatch(/^🚫/);
    expect(sub(-2001)?.language).toBe('both');
  });

  it('supergroup: the creator may (un)subscribe; commands for other bots are ignored', async () => {
    world.h.fake.setChatMember(-1002002, 5, 'creator');
    expect(await world.h.ask(groupMessage(-1002002, 5, '/subscribe@other_bot'))).toEqual([]);
    expect(shown(await world.h.ask(groupMessage(-1002002, 5, '/subscribe')))).toMatch(/^Subscribed!/);
    expect(sub(-1002002)).toMatchObject({ kind: 'group' });
    expect(shown(await world.h.ask(groupMessage(-1002002, 5, '/unsubscribe')))).toMatch(/^Unsubscribed\./);
  });

  it('channel: a /subscribe channel post subscribes the channel, with or without @username', async () => {
    expect(shown(await world.h.ask(channelPost(-1003001, '/subscribe')))).toMatch(/^Subscribed!/);
    expect(sub(-1003001)).toMatchObject({ kind: 'channel', active: true });
    expect(shown(await world.h.ask(channelPost(-1003001, '/subscribe@khabar_test_bot')))).toMatch(/^This chat is already subscribed/);
    expect(world.h.fake.calls('getChatMember').filter((c) => c.params['chat_id'] === -1003001)).toEqual([]);
    expect(shown(await world.h.ask(channelPost(-1003001, '/lang hi')))).toMatch(/^Digest language set to hi/);
    expect(shown(await world.h.ask(channelPost(-1003001, '/unsubscribe@khabar_test_bot')))).toMatch(/^Unsubscribed/);
  });

  it('/lang and /time on an unsubscribed chat ask to subscribe first', async () => {
    for (const text of ['/lang hi', '/time 07:00']) {
      expect(shown(await world.h.ask(privateMessage(602, text)))).toMatch(/^🚫 This chat is not subscribed yet\. Send \/subscribe first\./);
    }
  });

  it('/lang and /time change the subscription; bad values get a clear message', async () => {
    await world.h.ask(privateMessage(603, '/subscribe'));
    expect(shown(await world.h.ask(privateMessage(603, '/lang en')))).toMatch(/^Digest language set to en \(English\)\./);
    expect(shown(await world.h.ask(privateMessage(603, '/lang xx')))).toMatch(/^⚠️ Unknown language "xx": expected both, hi or en\./);
    expect(shown(await world.h.ask(privateMessage(603, '/time 7:45')))).toMatch(/^The digest arrives every day at 07:45 \(Asia\/Kolkata\)\./);
    expect(shown(await world.h.ask(privateMessage(603, '/time 25:00')))).toMatch(/^⚠️ Invalid time "25:00"/);
    expect(sub(603)).toMatchObject({ language: 'en', time: '07:45' });
    expect(shown(await world.h.ask(privateMessage(603, '/time default')))).toMatch(/at 08:00 \(Asia\/Kolkata\)/);
    expect(sub(603)?.time).toBeNull();
  });

  it('an anonymous group administrator (sent as the group) may subscribe; automatic forwards are ignored', async () => {
    const anonymous = groupMessage(-2003, 1087968824, '/subscribe', { firstName: 'Group' });
    if (anonymous.message) anonymous.message.sender_chat = anonymous.message.chat;
    expect(shown(await world.h.ask(anonymous))).toMatch(/^Subscribed!/);
    expect(sub(-2003)).toMatchObject({ kind: 'group', active: true });
    const forwarded = groupMessage(-2004, 777000, '/subscribe');
    if (forwarded.message) Object.assign(forwarded.message, { is_automatic_forward: true });
    expect(await world.h.ask(forwarded)).toEqual([]);
    expect(sub(-2004)).toBeNull();
  });
});
