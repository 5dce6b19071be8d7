import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSenderApi, createTelegramSender } from '../../../src/adapters/telegram/telegram-sender.js';
import { DeliveryError, type Sender } from '../../../src/app/ports/sender-port.js';
import { startFakeTelegram, type FailureRule, type FakeTelegram } from '../../fakes/telegram/index.js';
import { testConfig } from '../../app/commands/services-fixture.js';

let fake: FakeTelegram;
let sender: Sender;

beforeAll(async () => {
  fake = await startFakeTelegram();
  sender = createTelegramSender(createSenderApi(testConfig({ apiRoot: fake.apiRoot, token: fake.token })));
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.clearFailures();
  fake.clearRecords();
});

async function failure(rule: FailureRule, payload = '<b>खबर</b>'): Promise<DeliveryError> {
  fake.fail(rule);
  const error = await sender.send('-100123', payload).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe('Telegram sender', () => {
  it('sends HTML with previews off and returns the message id', async () => {
    const { messageId } = await sender.send('42', '<b>सेंसेक्स</b> &amp; निफ्टी https://example.com');
    const [sent] = fake.sent(42);
    expect(sent).toMatchObject({ parse_mode: 'HTML', previewDisabled: true, plainText: 'सेंसेक्स & निफ्टी https://example.com' });
    expect(messageId).toBe(String(sent?.message_id));
    expect(sender.platform).toBe('telegram');
  });

  it('429 → rate-limited with retry_after, and is not retried inside the call', async () => {
    const error = await failure({ kind: 'rate-limit', retryAfter: 7 });
    expect(error).toMatchObject({ kind: 'rate-limited', details: { retryAfterSeconds: 7 } });
    expect(fake.calls('sendMessage')).toHaveLength(1);
    expect(fake.sent()).toEqual([]);
  });

  it.each([
    [{ kind: 'blocked' } as FailureRule, 'forbidden', '403: Forbidden: bot was blocked by the user'],
    [{ kind: 'kicked' } as FailureRule, 'forbidden', '403: Forbidden: bot was kicked from the group chat'],
    [{ kind: 'chat-not-found' } as FailureRule, 'chat-not-found', '400: Bad Request: chat not found'],
    [{ kind: 'custom', status: 400, description: 'Bad Request: message text is empty' } as FailureRule, 'rejected', '400: Bad Request: message text is empty'],
    [{ kind: 'server-error', status: 500 } as FailureRule, 'transient', '500: Internal Server Error'],
    [{ kind: 'server-error', status: 503, description: 'Service Unavailable' } as FailureRule, 'transient', '503: Service Unavailable'],
  ])('%j → %s', async (rule, kind, message) => {
    const error = await failure(rule);
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it('400 with migrate_to_chat_id → migrated with the new chat id', async () => {
    const error = await failure({ kind: 'migrated', migrateToChatId: -1009876543210 });
    expect(error).toMatchObject({ kind: 'migrated', details: { migrateToChatId: '-1009876543210' } });
  });

  it('a message the API cannot parse → rejected (the row fails, the subscription stays)', async () => {
    const error = await sender.send('43', '<b>unclosed').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected' });
    expect((error as DeliveryError).message).toMatch(/^400: Bad Request: can't parse entities/);
  });

  it.each([
    [{ kind: 'drop' } as FailureRule, 0],
    [{ kind: 'drop-after' } as FailureRule, 1],
    [{ kind: 'bad-gateway' } as FailureRule, 0],
  ])('%j (network / proxy failure) → transient', async (rule, recorded) => {
    const error = await failure(rule);
    expect(error.kind).toBe('transient');
    expect(fake.sent()).toHaveLength(recorded);
  });
});
