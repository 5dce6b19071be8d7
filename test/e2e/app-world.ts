import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach } from 'vitest';
import { parse, stringify } from 'yaml';
import { createConfig } from '../../src/app/config/create-config.js';
import type { DeliveryService } from '../../src/app/delivery/create-delivery-service.js';
import { startApp, type RunningApp } from '../../src/start-app.js';
import { commandEntities, startFakeTelegram, type FakeTelegram, type NewUpdate, type RateLimitOptions, type SentMessage } from '../fakes/telegram/index.js';

export const ADMIN = 900;
const SYNC = '/zz_sync@khabar_test_bot';

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A clock that runs in real time from `start` and can jump ahead (rate limits need time to pass). */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createClock(start: Date): TestClock {
  let offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset), advance: (ms) => void (offset += ms) };
}

export interface WorldOptions {
  start?: Date;
  /** Upper bound of the fake's long polls (default 2000 ms). */
  longPollCapMs?: number;
  /** Extra environment for every app (RETRY_AFTER_CAP_SECONDS, CONTENT_DIR, …). */
  env?: Record<string, string>;
  /** Overrides of config/default.yaml's `delivery` section (perChatIntervalMs defaults to 0 here). */
  delivery?: Record<string, number>;
  /** The fake answers 401 Unauthorized to any token but its own. */
  strictToken?: boolean;
  /** The fake enforces Telegram's send limits (429 with retry_after). */
  rateLimits?: RateLimitOptions | true;
}

export interface World {
  fake: FakeTelegram;
  clock: TestClock;
  dir: string;
  databasePath: string;
  logs: LogRecord[];
  /** Starts an app on the world's database, fake and clock; `env` adds to the world's environment. */
  start(env?: Record<string, string>): Promise<RunningApp>;
  /** Pushes an update and resolves with every message the bot sent to that chat in answer. */
  ask(update: NewUpdate): Promise<SentMessage[]>;
  close(): Promise<void>;
}

function chatOf(update: NewUpdate): number {
  const message = update.message ?? update.channel_post;
  if (!message) throw new Error('update without a message');
  return message.chat.id;
}

export function defaultsYaml(delivery: Record<string, number> = {}): string {
  const defaults = parse(readFileSync(join('config', 'default.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  defaults.delivery = { ...defaults.delivery, ...delivery };
  return stringify(defaults);
}

/** The fake Bot API, a temp folder for the database, a capturing logger and a movable clock. */
export async function createWorld(options: WorldOptions = {}): Promise<World> {
  const fake = await startFakeTelegram({
    longPollCapMs: options.longPollCapMs ?? 2000,
    ...(options.strictToken ? { tokens: [] } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-'));
  const databasePath = join(dir, 'khabar.db');
  const clock = createClock(options.start ?? new Date());
  const logs: LogRecord[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) });
  const apps: RunningApp[] = [];
  const yaml = defaultsYaml({ perChatIntervalMs: 0, ...options.delivery });
  return {
    fake, clock, dir, databasePath, logs,
    async start(env = {}) {
      const config = createConfig({
        defaultsYaml: yaml,
        configDir: 'config',
        env: {
          TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_ADMIN_IDS: String(ADMIN),
          DATABASE_PATH: databasePath, CONTENT_DIR: 'content', LOG_LEVEL: 'debug', ...options.env, ...env,
        },
      });
      const app = await startApp({ config, logger, write: () => undefined, now: clock.now });
      apps.push(app);
      return app;
    },
    async ask(update) {
      const chatId = chatOf(update);
      const lastId = Math.max(0, ...fake.sent(chatId).map((m) => m.message_id));
      fake.pushUpdate(update);
      const sync = structuredClone(update);
      const message = sync.message ?? sync.channel_post;
      if (message) Object.assign(message, { text: SYNC, entities: commandEntities(SYNC), message_id: 0 });
      fake.pushUpdate(sync);
      await fake.waitFor((m) => m.chat_id === chatId && m.message_id > lastId && m.plainText.includes('/zz_sync'), 15_000);
      const answers = fake.sent(chatId).filter((m) => m.message_id > lastId);
      return answers.slice(0, answers.findIndex((m) => m.plainText.includes('/zz_sync')));
    },
    async close() {
      for (const app of apps) await app.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app's delivery is the full DeliveryService (runDue, dispatch, idle), typed as DeliveryControl. */
export function deliveryOf(app: RunningApp): DeliveryService {
  const delivery = app.services.delivery;
  if (!('runDue' in delivery && 'dispatch' in delivery && 'idle' in delivery)) throw new Error('not a DeliveryService');
  return delivery as DeliveryService;
}

/** Plain text of messages, joined (what a Telegram client shows). */
export function shown(messages: readonly SentMessage[]): string {
  return messages.map((m) => m.plainText).join('\n');
}

/** Every delivered part is HTML with previews off and within Telegram's 4096 limit. */
export function wellFormed(message: SentMessage): boolean {
  return message.parse_mode === 'HTML' && message.previewDisabled && message.plainText.length <= 4096 && message.text.length <= 4096;
}

/** "(i/n)" markers ending the digest parts a chat received, in order. */
export function partMarkers(fake: FakeTelegram, chat: number): string[] {
  return fake.sent(chat).flatMap((m) => /\((\d+\/\d+)\)$/.exec(m.plainText)?.[1] ?? []);
}

/** ['1/n', …, 'n/n'], with part `doubled` (1-based) listed twice when given. */
export function markerSeries(n: number, doubled?: number): string[] {
  return Array.from({ length: n }, (_, i) => (i + 1 === doubled ? [`${i + 1}/${n}`, `${i + 1}/${n}`] : [`${i + 1}/${n}`])).flat();
}

/** The world and the temporary folder of the running test. */
export interface Tracked {
  world: World | null;
  dir: string | null;
}

/** Registers, once per test file, the clean-up after each test: the world closed, the folder removed. */
export function closedAfterEach(): Tracked {
  const tracked: Tracked = { world: null, dir: null };
  afterEach(async () => {
    await tracked.world?.close();
    tracked.world = null;
    if (tracked.dir) rmSync(tracked.dir, { recursive: true, force: true });
    tracked.dir = null;
  });
  return tracked;
}
