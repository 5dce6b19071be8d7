import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentHolder } from '../../../src/app/ports/app-port.js';
import { groupMessage, privateMessage } from '../../fakes/telegram/index.js';
import { fakeContent } from '../../app/commands/services-fixture.js';
import { shown, startHarness, type Harness } from './bot-harness.js';

let content: ContentHolder;
let h: Harness | null = null;

beforeAll(() => {
  content = fakeContent([]);
});
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('Telegram bot resilience', () => {
  it('a reply hit by 429 is retried by auto-retry after retry_after', async () => {
    h = await startHarness(content);
    h.fake.fail({ kind: 'rate-limit', retryAfter: 1, method: 'sendMessage', chatId: 1101 });
    const started = Date.now();
    expect(shown(await h.ask(privateMessage(1101, '/unsubscribe')))).toMatch(/^This chat is not subscribed\./);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a failing API logs the error, sends no stack trace, and the next command works', async () => {
    h = await startHarness(content);
    h.fake.fail({ kind: 'custom', status: 400, description: 'Bad Request: not enough rights to send text messages', method: 'sendMessage', chatId: -2301 });
    h.fake.fail({ kind: 'custom', status: 400, description: 'Bad Request: PARTICIPANT_ID_INVALID', method: 'getChatMember' });
    const answers = await h.ask(groupMessage(-2301, 5, '/subscribe'));
    expect(answers.map((m) => m.plainText)).toEqual([expect.stringMatching(/^Sorry, something went wrong/)]);
    expect(shown(answers)).not.toMatch(/at |Error|stack/);
    expect(h.services.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['permission check failed', 'telegram command reply failed']));
    expect(shown(await h.ask(privateMessage(1102, '/unsubscribe')))).toMatch(/^This chat is not subscribed\./);
  });

  it('stop() finishes the update in flight before resolving', async () => {
    h = await startHarness(content);
    h.fake.fail({ kind: 'delay', delayMs: 400, method: 'sendMessage', chatId: 1103 });
    h.fake.pushUpdate(privateMessage(1103, '/help'));
    await h.fake.waitForCall('sendMessage', (c) => String(c.params['chat_id']) === '1103');
    await h.telegram.stop();
    expect(h.fake.sent(1103)).toHaveLength(1);
    expect(h.telegram.bot.isRunning()).toBe(false);
  });
});
