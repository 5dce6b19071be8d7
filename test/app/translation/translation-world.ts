import { pino } from 'pino';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createOpenAiTranslator } from '../../../src/adapters/translate/openai-translator.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { createResilientTranslator, type ResilientTranslator } from '../../../src/app/translation/resilient-translator.js';
import { createTranslationService, type TranslationService } from '../../../src/app/translation/translation-service.js';
import { buildSnapshot, type Snapshot } from '../../../src/core/pipeline/build-snapshot.js';
import { loadFactGuard } from '../../../src/core/translation/load-fact-guard.js';
import type { FakeTranslateServer } from '../../fakes/translate/server.js';

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export const { guard } = loadFactGuard('config');
export const snapshot: Snapshot = buildSnapshot({ contentDir: 'test/fixtures/translation', configDir: 'config', timezone: 'Asia/Kolkata' }, new Date('2024-07-25T06:00:00Z'));

export interface World {
  store: Store;
  translator: ResilientTranslator;
  service: TranslationService;
  logs: LogRecord[];
}

/** A service over the fake OpenAI server (tests stay fast: a hanging provider's test sets a short timeout). */
export function world(server: FakeTranslateServer, options: { dbPath?: string; timeoutMs?: number; batchSize?: number; concurrency?: number } = {}): World {
  const logs: LogRecord[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) });
  const store = openStore(options.dbPath ?? ':memory:');
  const translator = createResilientTranslator(createOpenAiTranslator({ baseUrl: `${server.url}/v1`, model: 'fake-model', apiKey: null }), {
    // (a generous default: under a full suite's load on two cores a fake's answer may take over 300 ms, and a timeout then
    // leaves lines uncached; the test of a down provider sets its own short timeout)
    timeoutMs: options.timeoutMs ?? 2000,
    cooldownMs: 60_000,
    backoffMs: 20,
  });
  const service = createTranslationService({
    translator, cache: store.translations, guard, logger, batchSize: options.batchSize ?? 3, concurrency: options.concurrency ?? 2,
  });
  return { store, translator, service, logs };
}
