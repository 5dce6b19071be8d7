import { pino, type Logger } from 'pino';
import type { AppConfig } from '../../../src/app/config/config-schema.js';
import type { ContentHolder } from '../../../src/app/ports/app-port.js';
import type { DigestRenderer, Sender } from '../../../src/app/ports/sender-port.js';
import type { Language, Platform } from '../../../src/app/ports/store-port.js';
import { buildEventIndex } from '../../../src/core/events/event-index.js';
import type { Snapshot } from '../../../src/core/pipeline/build-snapshot.js';
import type { AnalysedArticle } from '../../../src/core/types.js';
import { makeArticle } from '../../helpers/make-article.js';
import { translationConfigSchema } from '../../../src/app/config/translation-config.js';

/** 2025-03-14 07:59 in Asia/Kolkata (UTC+5:30): one minute before the default 08:00 digest. */
export const BEFORE_EIGHT = '2025-03-14T02:29:00.000Z';
export const AT_EIGHT = '2025-03-14T02:30:00.000Z';

export function testConfig(overrides: Partial<AppConfig['delivery']> & { cron?: string; maxStories?: number } = {}): AppConfig {
  const { cron, maxStories, ...delivery } = overrides;
  return {
    contentDir: 'content',
    configDir: 'config',
    databasePath: ':memory:',
    logLevel: 'silent',
    schedule: { cron: cron ?? '0 8 * * *', timezone: 'Asia/Kolkata', defaultTime: '08:00' },
    digest: { maxStories: maxStories ?? 5 },
    delivery: { retryAfterCapSeconds: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20, globalPerSecond: 30, ...delivery },
    telegram: { token: null, apiRoot: 'http://127.0.0.1:9', adminIds: [] },
    discord: { token: null, applicationId: null, apiRoot: 'http://127.0.0.1:9', adminIds: [] },
    translation: translationConfigSchema.parse({}),
  };
}

/** A settable clock; `sleep` records the wait and advances the clock (tests never wait). */
export function fakeTime(start = BEFORE_EIGHT) {
  let current = new Date(start).getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: (): Date => new Date(current),
    set: (iso: string): void => {
      current = new Date(iso).getTime();
    },
    advance: (ms: number): void => {
      current += ms;
    },
    sleep: async (ms: number): Promise<void> => {
      sleeps.push(ms);
      current += ms;
    },
  };
}

/** Distinct articles (no shared entities, so each is its own story), published on consecutive days. */
export function articles(ids: string[], firstDay = 1): AnalysedArticle[] {
  return ids.map((id, index) => makeArticle({ id, published: `2025-03-${String(firstDay + index).padStart(2, '0')}` }));
}

/** A content holder whose snapshot the test can replace (a reload). */
export function fakeContent(initial: AnalysedArticle[]): ContentHolder & { set(next: AnalysedArticle[]): void } {
  const build = (list: AnalysedArticle[]): Snapshot => ({
    articles: list,
    events: buildEventIndex(list),
    problems: [],
    configOk: true,
    builtAt: new Date(AT_EIGHT),
  });
  let snapshot = build(initial);
  return {
    current: () => snapshot,
    reload: async () => ({ ok: true, articles: snapshot.articles.length, added: [], removed: [], problems: [] }),
    set: (next) => {
      snapshot = build(next);
    },
  };
}

/** Renders `parts` parts per digest; each names platform, language, edition, stories and `more`. */
export function fakeRenderer(platform: Platform, parts = 3): DigestRenderer & { calls: Language[] } {
  const calls: Language[] = [];
  return {
    platform,
    calls,
    render: (digest, language) => {
      calls.push(language);
      const head = `${platform}|${language}|${digest.edition}|${digest.stories.map((s) => s.id).join(',')}|more=${digest.more}`;
      return Array.from({ length: parts }, (_, i) => `${head}|part ${i + 1}/${parts}`);
    },
  };
}

export interface SentMessage {
  chatId: string;
  payload: string;
  messageId: string;
  at: number;
}

/**
 * Records successful sends. `script(call)` may return an error to throw, 'hang' for a call that never
 * returns (a crash while the part is in flight), or undefined to succeed.
 */
export function fakeSender(
  platform: Platform,
  now: () => Date,
  script: (call: { index: number; chatId: string; payload: string }) => Error | 'hang' | undefined = () => undefined,
): Sender & { sent: SentMessage[]; calls: { chatId: string; payload: string }[] } {
  const sent: SentMessage[] = [];
  const calls: { chatId: string; payload: string }[] = [];
  return {
    platform,
    sent,
    calls,
    async send(chatId, payload) {
      const outcome = script({ index: calls.length, chatId, payload });
      calls.push({ chatId, payload });
      if (outcome === 'hang') return new Promise<never>(() => undefined);
      if (outcome !== undefined) throw outcome;
      const messageId = String(1000 + sent.length);
      sent.push({ chatId, payload, messageId, at: now().getTime() });
      return { messageId };
    },
  };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}
