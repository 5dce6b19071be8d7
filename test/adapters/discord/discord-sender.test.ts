import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientRestOptions, createSenderRest, rateLimitWaitMs } from '../../../src/adapters/discord/discord-rest.js';
import { createDiscordSender } from '../../../src/adapters/discord/discord-sender.js';
import type { AppConfig } from '../../../src/app/config/config-schema.js';
import { DeliveryError, type Sender } from '../../../src/app/ports/sender-port.js';
import { startFakeDiscord, type FailureRule, type FakeDiscord } from '../../fakes/discord/index.js';
import { testConfig } from '../../app/commands/services-fixture.js';

const CHANNEL = '1400000000000000050';
let fake: FakeDiscord;
let sender: Sender;
let config: AppConfig;

beforeAll(async () => {
  fake = await startFakeDiscord();
  config = { ...testConfig(), discord: { token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, adminIds: [] } };
  sender = createDiscordSender(createSenderRest(config));
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.clearFailures();
  fake.clearRecords();
});

const message = (content: string): string => JSON.stringify({ content, embeds: [{ title: 'सेंसेक्स', description: '• Sensex rose 450 points' }] });

async function failure(rule: FailureRule): Promise<DeliveryError> {
  fake.fail({ route: 'POST /channels/:channel/messages', ...rule });
  const error = await sender.send(CHANNEL, message('खबर')).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe('Discord sender', () => {
  it('posts the message with mentions off and returns the message id', async () => {
    const { messageId } = await sender.send(CHANNEL, message('@everyone @here <@100000000000000001> <@&100000000000000002> खबर'));
    const [sent] = fake.messages(CHANNEL);
    expect(sent?.id).toBe(messageId);
    expect(sent?.allowed_mentions).toEqual({ parse: [] });
    expect(sent?.pings).toEqual({ everyone: false, users: [], roles: [] });
    expect(sent?.content).toContain('@everyone');
    expect(sent?.embeds[0]?.title).toBe('सेंसेक्स');
    expect(sender.platform).toBe('discord');
  });

  it('429 → rate-limited with the wait, thrown at once (no retry inside the call)', async () => {
    const started = Date.now();
    const error = await failure({ kind: 'rate-limit', retryAfter: 7 });
    expect(error.kind).toBe('rate-limited');
    // Retry-After 7 s plus discord.js's 50 ms safety offset, rounded up to whole seconds.
    expect(error.details.retryAfterSeconds).toBe(8);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fake.calls('POST /channels/:channel/messages')).toHaveLength(1);
    expect(fake.messages()).toEqual([]);
  });

  it.each([
    [{ kind: 'missing-permissions' } as FailureRule, 'forbidden'],
    [{ kind: 'missing-access' } as FailureRule, 'forbidden'],
    [{ kind: 'custom', status: 403, code: 50007, message: 'Cannot send messages to this user' } as FailureRule, 'forbidden'],
    [{ kind: 'unknown-channel' } as FailureRule, 'chat-not-found'],
    [{ kind: 'custom', status: 400, code: 50035, message: 'Invalid Form Body' } as FailureRule, 'rejected'],
    [{ kind: 'server-error', status: 500, times: 2 } as FailureRule, 'transient'],
    [{ kind: 'server-error', status: 503, times: 2 } as FailureRule, 'transient'],
    [{ kind: 'drop' } as FailureRule, 'transient'],
  ])('%j → %s', async (rule, kind) => {
    const error = await failure(rule);
    expect(error.kind).toBe(kind);
    expect(fake.messages()).toEqual([]);
  });

  it('one 5xx is retried by REST, so a single hiccup still delivers', async () => {
    fake.fail({ kind: 'server-error', status: 502, route: 'POST /channels/:channel/messages' });
    await expect(sender.send(CHANNEL, message('दोबारा'))).resolves.toMatchObject({ messageId: expect.any(String) });
    expect(fake.messages(CHANNEL)).toHaveLength(1);
  });

  it('401 (token revoked) → transient: the operator must fix the token, nothing is deactivated', async () => {
    const own = createDiscordSender(createSenderRest(config));
    fake.fail({ kind: 'custom', status: 401, code: 0, message: '401: Unauthorized', route: 'POST /channels/:channel/messages' });
    await expect(own.send(CHANNEL, message('खबर'))).rejects.toMatchObject({ kind: 'transient' });
  });

  it.each(['not json', '{"content":"no embeds array"}'])('a payload that is not a message (%s) → rejected without a call', async (payload) => {
    await expect(sender.send(CHANNEL, payload)).rejects.toMatchObject({ kind: 'rejected' });
    expect(fake.calls('POST /channels/:channel/messages')).toEqual([]);
  });
});

describe('rate-limit caps', () => {
  const data = (retryAfter: number, timeToReset: number) => ({
    global: false, hash: 'h', limit: 5, majorParameter: '1', method: 'POST', retryAfter, route: '/channels/:id/messages',
    scope: 'user' as const, sublimitTimeout: 0, timeToReset, url: 'http://x',
  });

  it('the client waits out limits up to delivery.retryAfterCapSeconds and throws beyond it', async () => {
    const options = clientRestOptions(config);
    const reject = options.rejectOnRateLimit;
    if (typeof reject !== 'function') throw new Error('expected a predicate');
    expect(options.api).toBe(fake.apiRoot);
    expect(await reject(data(30_000, 0))).toBe(false);
    expect(await reject(data(0, 30_001))).toBe(true);
    expect(await reject(data(120_050, 0))).toBe(true);
    expect(rateLimitWaitMs(data(1500, 2500))).toBe(2500);
  });
});
