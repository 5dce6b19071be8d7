import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createTranslator } from '../../../src/adapters/translate/create-translator.js';
import { digestCommand } from '../../../src/app/commands/digest.js';
import { statusCommand } from '../../../src/app/commands/status.js';
import { translationConfigSchema } from '../../../src/app/config/translation-config.js';
import { createContentHolder } from '../../../src/app/content-holder.js';
import { setupTranslation, type TranslationSetup } from '../../../src/app/translation/setup-translation.js';
import { startFakeOpenAi } from '../../fakes/translate/openai.js';
import type { FakeTranslateServer } from '../../fakes/translate/server.js';
import { testConfig, testServices } from '../commands/services-fixture.js';
import { faithful } from './dictionary.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function app(delayMs: number): Promise<{ server: FakeTranslateServer; setup: TranslationSetup; services: ReturnType<typeof testServices> }> {
  const server = await startFakeOpenAi(faithful);
  server.delayMs = delayMs;
  cleanups.push(() => server.close());
  const config = translationConfigSchema.parse({ provider: 'openai', baseUrl: `${server.url}/v1`, model: 'fake', timeoutMs: 5000 });
  const store = openStore(':memory:');
  cleanups.push(() => store.close());
  const offline = createContentHolder({ contentDir: 'test/fixtures/translation', configDir: 'config', timezone: 'Asia/Kolkata', now: () => new Date('2024-07-25T06:00:00Z') });
  const setup = setupTranslation({ translator: createTranslator(config), config, cache: store.translations, configDir: 'config', content: offline, logger: pino({ level: 'silent' }) });
  cleanups.push(() => setup.stop());
  const services = testServices({ content: setup.content, config: { ...testConfig(), translation: config } });
  if (setup.translated) services.translation = setup.translated;
  cleanups.push(() => services.store.close());
  return { server, setup, services };
}

const ctx = (services: ReturnType<typeof testServices>) => ({
  platform: 'telegram' as const, chatId: '1', chatKind: 'private' as const, userId: '900', args: [], isAdmin: true, canManageChat: async () => true, services,
});

describe('the bot never waits on the provider', () => {
  it('answers /digest and /status at once with offline lines while a slow provider works', async () => {
    const { setup, services } = await app(1500);
    const started = Date.now();
    const before = await digestCommand.run(ctx(services));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(setup.service?.running()).toBe(true);
    const lines = (r: typeof before) => (r.kind === 'digest' ? JSON.stringify(r.digest) : '');
    expect(lines(before)).not.toContain('Rs 11.11 trillion on infrastructure');
    const status = await statusCommand.run(ctx(services));
    expect(JSON.stringify(status)).toMatch(/Translation: openai \(fake\): 0\/8 lines translated, 0 rejected by the fact guard, 0 failed requests \(translating\)/);
    await setup.stop();
    await new Promise((r) => setTimeout(r, 0));
  });

  it('once the background run ends, digests and /status show the guarded translations', async () => {
    const { setup, services } = await app(0);
    for (let i = 0; i < 100 && setup.service?.running(); i++) await new Promise((r) => setTimeout(r, 20));
    const reply = await digestCommand.run(ctx(services));
    expect(reply.kind === 'digest' && JSON.stringify(reply.digest)).toContain('The government has proposed spending Rs 11.11 trillion on infrastructure.');
    const status = await statusCommand.run(ctx(services));
    expect(JSON.stringify(status)).toContain('Translation: openai (fake): 8/8 lines translated, 0 rejected by the fact guard');
  });

  it('/status says translation is off without a provider', async () => {
    const services = testServices({ content: createContentHolder({ contentDir: 'test/fixtures/translation', configDir: 'config', timezone: 'Asia/Kolkata' }) });
    cleanups.push(() => services.store.close());
    expect(JSON.stringify(await statusCommand.run(ctx(services)))).toContain('Translation: off');
  });
});
