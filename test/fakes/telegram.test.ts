import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  channelPost,
  groupMessage,
  privateMessage,
  startFakeTelegram,
  type FakeTelegram,
} from './telegram/index.js';

let fake: FakeTelegram;
let bots: Bot[] = [];

function makeBot(token = fake.token): Bot {
  const bot = new Bot(token, { client: { apiRoot: fake.apiRoot } });
  bot.catch((err) => {
    throw err.error;
  });
  bots.push(bot);
  return bot;
}

beforeEach(async () => {
  fake = await startFakeTelegram({ longPollCapMs: 3000 });
});

afterEach(async () => {
  await Promise.all(bots.map((b) => (b.isRunning() ? b.stop() : undefined)));
  bots = [];
  await fake.close();
});

describe('fake Telegram Bot API with a real grammY bot', () => {
  it('listens on 127.0.0.1 and answers getMe through bot.init()', async () => {
    expect(fake.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const bot = makeBot();
    await bot.init();
    expect(bot.botInfo.username).toBe(fake.botInfo.username);
    expect(bot.botInfo.id).toBe(123456789);
    expect(fake.calls('getMe')).toHaveLength(1);
    expect(fake.tokensSeen.has(fake.token)).toBe(true);
  });

  it('records sendMessage with its options and returns incrementing message ids', async () => {
    const bot = makeBot();
    const first = await bot.api.sendMessage(42, '<b>नमस्ते</b> &amp; hello', {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    const second = await bot.api.sendMessage(42, 'दूसरा', { reply_parameters: { message_id: first.message_id } });
    expect(second.message_id).toBe(first.message_id + 1);
    expect(first.text).toBe('नमस्ते & hello');
    expect(first.entities).toEqual([{ type: 'bold', offset: 0, length: 6 }]);
    const [a, b] = fake.sent(42);
    expect(a).toMatchObject({ chat_id: 42, parse_mode: 'HTML', previewDisabled: true, plainText: 'नमस्ते & hello' });
    expect(b?.reply_parameters).toEqual({ message_id: first.message_id });
    expect(fake.sent(7)).toEqual([]);
  });

  it('delivers a pushed /start to bot.command() via bot.start() and records the reply', async () => {
    const bot = makeBot();
    bot.command('start', (ctx) => ctx.reply(`hi ${ctx.from?.id ?? 0}`));
    void bot.start({ timeout: 30 });
    fake.pushUpdate(privateMessage(501, '/start'));
    const reply = await fake.waitFor((m) => m.chat_id === 501, 5000);
    expect(reply.text).toBe('hi 501');
    await bot.stop();
    expect(fake.pendingUpdates()).toBe(0);
  });

  it('works with @grammyjs/runner, groups and channel posts', async () => {
    const bot = makeBot();
    bot.command('subscribe', (ctx) => ctx.reply(`subscribed ${ctx.chat.type}`));
    await bot.init();
    const runner = run(bot);
    fake.pushUpdate(groupMessage(-2001, 77, `/subscribe@${fake.botInfo.username}`));
    fake.pushUpdate(channelPost(-1003001, '/subscribe'));
    await fake.waitFor((m) => m.chat_id === -2001);
    await fake.waitFor((m) => m.chat_id === -1003001);
    expect(fake.sent(-2001)[0]?.text).toBe('subscribed group');
    expect(fake.sent(-1003001)[0]?.text).toBe('subscribed channel');
    await runner.stop();
  });

  it('retries a 429 with retry_after=1 through auto-retry, then succeeds', async () => {
    const bot = makeBot();
    bot.api.config.use(autoRetry());
    const rule = fake.fail({ kind: 'rate-limit', retryAfter: 1, method: 'sendMessage', chatId: 9 });
    const started = Date.now();
    await bot.api.sendMessage(9, 'after the wait');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(rule.hits).toBe(1);
    expect(fake.calls('sendMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.sent(9)).toHaveLength(1);
  });

  it('surfaces 403 as a GrammyError and a dropped connection as an HttpError', async () => {
    const bot = makeBot();
    fake.fail({ kind: 'blocked', chatId: 11 });
    const blocked = await bot.api.sendMessage(11, 'x').catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(GrammyError);
    expect((blocked as GrammyError).error_code).toBe(403);
    expect((blocked as GrammyError).description).toBe('Forbidden: bot was blocked by the user');
    fake.fail({ kind: 'drop', method: 'sendMessage' });
    const dropped = await bot.api.sendMessage(11, 'y').catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(HttpError);
    expect(fake.sent(11)).toHaveLength(0);
    await expect(bot.api.sendMessage(11, 'z')).resolves.toMatchObject({ text: 'z' });
  });

  it('answers migrate_to_chat_id, chat not found, 5xx and persistent switches', async () => {
    const bot = makeBot();
    fake.fail({ kind: 'migrated', chatId: -55, migrateToChatId: -1005500, times: Infinity });
    for (let i = 0; i < 2; i++) {
      const err = (await bot.api.sendMessage(-55, 'x').catch((e: unknown) => e)) as GrammyError;
      expect(err.parameters.migrate_to_chat_id).toBe(-1005500);
    }
    fake.fail({ kind: 'chat-not-found' });
    await expect(bot.api.getChat(1)).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
    fake.fail({ kind: 'server-error', status: 502 });
    await expect(bot.api.getMe()).rejects.toMatchObject({ error_code: 502 });
    fake.fail({ kind: 'bad-gateway' });
    await expect(bot.api.getMe()).rejects.toBeInstanceOf(HttpError);
  });

  it('drop-after records the message but the client sees an HttpError', async () => {
    const bot = makeBot();
    fake.fail({ kind: 'drop-after', method: 'sendMessage' });
    await expect(bot.api.sendMessage(5, 'in flight')).rejects.toBeInstanceOf(HttpError);
    expect(fake.sent(5).map((m) => m.text)).toEqual(['in flight']);
  });

  it('delays a call', async () => {
    const bot = makeBot();
    fake.fail({ kind: 'delay', delayMs: 300 });
    const started = Date.now();
    await bot.api.getMe();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('validates HTML and length like the Bot API', async () => {
    const bot = makeBot();
    const err = (await bot.api.sendMessage(3, '<b>unclosed', { parse_mode: 'HTML' }).catch((e: unknown) => e)) as GrammyError;
    expect(err).toBeInstanceOf(GrammyError);
    expect(err.error_code).toBe(400);
    expect(err.description).toMatch(/^Bad Request: can't parse entities/);
    await expect(bot.api.sendMessage(3, 'x'.repeat(4097))).rejects.toMatchObject({ description: 'Bad Request: message is too long' });
    await expect(bot.api.sendMessage(3, 'अ'.repeat(4096))).resolves.toBeDefined();
    await expect(bot.api.sendMessage(3, '   ')).rejects.toMatchObject({ description: 'Bad Request: message text is empty' });
    await expect(bot.api.sendMessage(3, `<b>${'x'.repeat(4096)}</b>`, { parse_mode: 'HTML' })).resolves.toBeDefined();
  });

  it('stores commands per scope and language, and answers getChatMember', async () => {
    const bot = makeBot();
    await bot.api.setMyCommands([{ command: 'start', description: 'Start' }]);
    await bot.api.setMyCommands([{ command: 'start', description: 'शुरू करें' }], { language_code: 'hi' });
    await bot.api.setMyCommands([{ command: 'reload', description: 'Reload' }], { scope: { type: 'chat', chat_id: 1 } });
    expect(fake.commands().map((c) => c.description)).toEqual(['Start']);
    expect(fake.commands(undefined, 'hi')[0]?.description).toBe('शुरू करें');
    expect(await bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 1 } })).toEqual([{ command: 'reload', description: 'Reload' }]);
    await expect(bot.api.setMyCommands([{ command: 'Bad-Name', description: 'x' }])).rejects.toMatchObject({ error_code: 400 });
    fake.setChatMember(-2001, 77, 'administrator');
    expect((await bot.api.getChatMember(-2001, 77)).status).toBe('administrator');
    expect((await bot.api.getChatMember(-2001, 78)).status).toBe('member');
    fake.setChatMember(-1003001, fake.botInfo.id, 'left');
    expect((await bot.api.getChatMember(-1003001, fake.botInfo.id)).user.is_bot).toBe(true);
    fake.pushUpdate(channelPost(-1003001, 'hello', { title: 'खबर' }));
    expect(await bot.api.getChat(-1003001)).toMatchObject({ type: 'channel', title: 'खबर' });
    await expect(bot.api.answerCallbackQuery('abc')).resolves.toBe(true);
  });

  it('close() ends promptly while a long poll is parked', async () => {
    const bot = makeBot();
    void bot.start({ timeout: 30 });
    await fake.waitForCall('deleteWebhook');
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls('getUpdates').some((c) => c.outcome === 'pending')).toBe(true);
    const started = Date.now();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(500);
    await bot.stop().catch(() => undefined);
    fake = await startFakeTelegram();
  });
});
