import { pino } from 'pino';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { AppConfig } from '../../../src/app/config/config-schema.js';
import type { AppServices, ContentHolder, DeliveryControl, PublishReport, ReloadReport } from '../../../src/app/ports/app-port.js';
import { buildEventIndex } from '../../../src/core/events/event-index.js';
import type { Snapshot } from '../../../src/core/pipeline/build-snapshot.js';
import type { AnalysedArticle } from '../../../src/core/types.js';
import { translationConfigSchema } from '../../../src/app/config/translation-config.js';

export const FIXED_NOW = new Date('2024-06-20T06:00:00Z');

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function testConfig(overrides: { adminIds?: string[]; contentDir?: string; apiRoot?: string; token?: string } = {}): AppConfig {
  return {
    contentDir: overrides.contentDir ?? 'content',
    configDir: 'config',
    databasePath: ':memory:',
    logLevel: 'debug',
    schedule: { cron: '0 8 * * *', timezone: 'Asia/Kolkata', defaultTime: '08:00' },
    digest: { maxStories: 5 },
    delivery: { retryAfterCapSeconds: 30, perChatIntervalMs: 0, perGroupPerMinute: 20, globalPerSecond: 30 },
    telegram: { token: overrides.token ?? '123456789:FAKE-TOKEN', apiRoot: overrides.apiRoot ?? 'http://127.0.0.1:9', adminIds: overrides.adminIds ?? ['900'] },
    discord: { token: null, applicationId: null, apiRoot: 'http://127.0.0.1:9', adminIds: ['900'] },
    translation: translationConfigSchema.parse({}),
  };
}

/** A content holder over hand-built articles; `reload` returns `next` (default: same, ok). */
export function fakeContent(articles: AnalysedArticle[], next?: () => ReloadReport): ContentHolder & { snapshot: Snapshot } {
  const snapshot: Snapshot = { articles, events: buildEventIndex(articles), problems: [], configOk: true, builtAt: FIXED_NOW };
  return {
    snapshot,
    current: () => snapshot,
    reload: async () => (next ?? (() => ({ ok: true, articles: articles.length, added: [], removed: [], problems: [] })))(),
  };
}

export interface FakeDelivery extends DeliveryControl {
  publishCalls: number;
}

export function fakeDelivery(report: PublishReport | Error = { queued: 2, nothingNew: 1, sent: 4 }): FakeDelivery {
  const delivery: FakeDelivery = {
    publishCalls: 0,
    async publishNow() {
      delivery.publishCalls += 1;
      if (report instanceof Error) throw report;
      return report;
    },
    pendingCount: () => 3,
    lastDigestAt: () => new Date('2024-06-20T02:30:00Z'),
  };
  return delivery;
}

export interface TestServices extends AppServices {
  logs: LogRecord[];
}

/** Services over a real in-memory store, a capturing logger and a fixed clock. */
export function testServices(parts: { content: ContentHolder; delivery?: DeliveryControl; config?: AppConfig }): TestServices {
  const logs: LogRecord[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) });
  return {
    config: parts.config ?? testConfig(),
    content: parts.content,
    store: openStore(':memory:', { now: () => FIXED_NOW }),
    delivery: parts.delivery ?? fakeDelivery(),
    logger,
    startedAt: new Date('2024-06-18T03:55:00Z'),
    now: () => FIXED_NOW,
    logs,
  };
}
