import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiTranslator } from '../../../src/adapters/translate/openai-translator.js';
import { TranslationError } from '../../../src/app/ports/translation-port.js';
import { createResilientTranslator } from '../../../src/app/translation/resilient-translator.js';
import { startFakeOpenAi } from '../../fakes/translate/openai.js';
import type { FakeTranslateServer } from '../../fakes/translate/server.js';

const servers: FakeTranslateServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const signal = () => new AbortController().signal;

async function setup(timeoutMs = 300) {
  const server = await startFakeOpenAi((hi) => `EN ${hi.length}`);
  servers.push(server);
  let clock = 0;
  const translator = createResilientTranslator(createOpenAiTranslator({ baseUrl: `${server.url}/v1`, model: 'm', apiKey: null }), {
    timeoutMs, cooldownMs: 10_000, backoffMs: 10, now: () => Date.now() + clock,
  });
  return { server, translator, advance: (ms: number) => (clock += ms) };
}

describe('resilient translator', () => {
  it('retries a 500 with back-off and succeeds', async () => {
    const { server, translator } = await setup();
    server.queue = ['server-error', 'server-error'];
    await expect(translator.translate(['एक'], signal())).resolves.toEqual(['EN 2']);
    expect(server.calls.map((c) => c.mode)).toEqual(['server-error', 'server-error', 'ok']);
    expect(translator.isDown()).toBe(false);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const { server, translator } = await setup();
    server.queue = ['rate-limited'];
    server.retryAfterSeconds = 1;
    const started = Date.now();
    await expect(translator.translate(['एक'], signal())).resolves.toEqual(['EN 2']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the retries, opens the breaker, and a later call costs no request', async () => {
    const { server, translator } = await setup();
    server.mode = 'server-error';
    await expect(translator.translate(['एक'], signal())).rejects.toMatchObject({ kind: 'transient' });
    expect(server.calls).toHaveLength(3);
    expect(translator.isDown()).toBe(true);
    await expect(translator.translate(['दो'], signal())).rejects.toMatchObject({ kind: 'unavailable' });
    expect(server.calls).toHaveLength(3);
    expect(translator.failures()).toBe(1);
  });

  it('a provider that hangs costs one timeout; after the cool-down it is asked again', async () => {
    const { server, translator, advance } = await setup(200);
    server.mode = 'hang';
    const started = Date.now();
    const first = await translator.translate(['एक'], signal()).catch((e: unknown) => e);
    expect((first as TranslationError).kind).toBe('timeout');
    for (let i = 0; i < 5; i++) await expect(translator.translate(['एक'], signal())).rejects.toMatchObject({ kind: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.calls).toHaveLength(1);
    server.mode = 'ok';
    advance(10_001);
    await expect(translator.translate(['एक'], signal())).resolves.toEqual(['EN 2']);
  });

  it('a malformed or short answer fails its batch only: no retry, breaker stays closed', async () => {
    const { server, translator } = await setup();
    server.queue = ['malformed', 'short'];
    await expect(translator.translate(['एक', 'दो'], signal())).rejects.toMatchObject({ kind: 'invalid' });
    await expect(translator.translate(['एक', 'दो'], signal())).rejects.toMatchObject({ kind: 'invalid' });
    expect(translator.isDown()).toBe(false);
    await expect(translator.translate(['एक', 'दो'], signal())).resolves.toHaveLength(2);
    expect(server.calls).toHaveLength(3);
  });
});
