import { afterEach, describe, expect, it } from 'vitest';
import { createLibreTranslateTranslator } from '../../../src/adapters/translate/libretranslate-translator.js';
import { createOpenAiTranslator } from '../../../src/adapters/translate/openai-translator.js';
import { TranslationError, type Translator } from '../../../src/app/ports/translation-port.js';
import { startFakeLibreTranslate } from '../../fakes/translate/libretranslate.js';
import { startFakeOpenAi } from '../../fakes/translate/openai.js';
import type { FakeMode, FakeTranslateServer } from '../../fakes/translate/server.js';

const HI = ['पहला वाक्य।', 'दूसरा वाक्य 22 है।'];
const EN: Record<string, string> = { 'पहला वाक्य।': 'The first sentence.', 'दूसरा वाक्य 22 है।': 'The second sentence is 22.' };
const servers: FakeTranslateServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

type Make = (server: FakeTranslateServer) => Translator;
const PROTOCOLS: [name: string, start: typeof startFakeOpenAi, make: Make][] = [
  ['openai', startFakeOpenAi, (s) => createOpenAiTranslator({ baseUrl: `${s.url}/v1/`, model: 'qwen2.5:7b', apiKey: 'sk-test-secret-key' })],
  ['libretranslate', startFakeLibreTranslate, (s) => createLibreTranslateTranslator({ baseUrl: s.url, apiKey: 'lt-key-12345678' })],
];

describe.each(PROTOCOLS)('%s client against its fake server', (_name, start, make) => {
  const setup = async () => {
    const server = await start((hi) => EN[hi] ?? '');
    servers.push(server);
    return { server, translator: make(server) };
  };

  it('translates a batch in order', async () => {
    const { translator } = await setup();
    await expect(translator.translate(HI, new AbortController().signal)).resolves.toEqual(['The first sentence.', 'The second sentence is 22.']);
  });

  it.each<[FakeMode, TranslationError['kind'], number | undefined]>([
    ['server-error', 'transient', 500],
    ['rate-limited', 'rate-limited', 429],
    ['malformed', 'invalid', undefined],
    ['short', 'invalid', undefined],
  ])('%s → %s', async (mode, kind, status) => {
    const { server, translator } = await setup();
    server.mode = mode;
    const error = await translator.translate(HI, new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationError);
    expect((error as TranslationError).kind).toBe(kind);
    if (status !== undefined) expect((error as TranslationError).details.status).toBe(status);
    if (mode === 'rate-limited') expect((error as TranslationError).details.retryAfterMs).toBe(1000);
  });

  it('a refused connection is transient', async () => {
    const { server, translator } = await setup();
    await server.close();
    const error = await translator.translate(HI, new AbortController().signal).catch((e: unknown) => e);
    expect((error as TranslationError).kind).toBe('transient');
  });
});

describe('request shapes', () => {
  it('openai: JSON mode at temperature 0, a system message, the last user message exactly the sentences JSON, a bearer key', async () => {
    const server = await startFakeOpenAi((hi) => EN[hi] ?? '');
    servers.push(server);
    await PROTOCOLS[0]?.[2](server).translate(HI, new AbortController().signal);
    const call = server.calls[0];
    expect(call?.path).toBe('/v1/chat/completions');
    expect(call?.authorization).toBe('Bearer sk-test-secret-key');
    const body = call?.body as { model: string; temperature: number; response_format: unknown; messages: { role: string; content: string }[] };
    expect(body.model).toBe('qwen2.5:7b');
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[0]?.role).toBe('system');
    expect(body.messages[0]?.content).toMatch(/JSON/);
    expect(body.messages.at(-1)).toEqual({ role: 'user', content: JSON.stringify({ source: 'hi', target: 'en', sentences: HI }) });
  });

  it('openai: no Authorization header without a key (Ollama)', async () => {
    const server = await startFakeOpenAi((hi) => EN[hi] ?? '');
    servers.push(server);
    await createOpenAiTranslator({ baseUrl: `${server.url}/v1`, model: 'm', apiKey: null }).translate(HI, new AbortController().signal);
    expect(server.calls[0]?.authorization).toBeUndefined();
  });

  it('libretranslate: q array, hi → en, format text, api_key', async () => {
    const server = await startFakeLibreTranslate((hi) => EN[hi] ?? '');
    servers.push(server);
    await PROTOCOLS[1]?.[2](server).translate(HI, new AbortController().signal);
    expect(server.calls[0]?.path).toBe('/translate');
    expect(server.calls[0]?.body).toEqual({ q: HI, source: 'hi', target: 'en', format: 'text', api_key: 'lt-key-12345678' });
  });
});
