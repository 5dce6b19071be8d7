/**
 * `npm run bench:broadcast [-- CHATS [MAX_STORIES]]`: the whole bot (startApp) against a fake Bot API
 * that enforces Telegram's limits (30 msg/s overall, 1 msg/s per chat, 20/min per group, 429 with
 * retry_after). CHATS private chats (default 1000) send /subscribe at once; then the admin
 * publishes a digest (two parts with the default content and MAX_STORIES) to all of them.
 * Prints one JSON object: confirmations, digest msg/s during the /publish dispatch (overall and
 * steady, i.e. the middle 80% of the parts), parts left to later minute ticks (parked by repeated
 * 429s), lost and doubled parts once the outbox is drained, 429s by limit, warn-level log lines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createConfig } from '../src/app/config/create-config.js';
import { startApp } from '../src/start-app.js';
import { privateMessage, startFakeTelegram, type FakeTelegram } from '../test/fakes/telegram/index.js';

const chats = Number(process.argv[2] ?? 1000);
const maxStories = process.argv[3] ?? '3';
const ADMIN = 900;
const FIRST_CHAT = 100_001;
const ids = Array.from({ length: chats }, (_, i) => FIRST_CHAT + i);

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what}: not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Digest parts a chat received, as "i/n" markers in order. */
const markers = (fake: FakeTelegram, chat: number): string[] =>
  fake.sent(chat).flatMap((m) => /\((\d+\/\d+)\)$/.exec(m.plainText)?.[1] ?? (m.plainText.startsWith('Subscribed!') ? [] : ['?']));
const confirmed = (fake: FakeTelegram, chat: number): number => fake.sent(chat).filter((m) => m.plainText.startsWith('Subscribed!')).length;
const rate = (count: number, ms: number): number => Number(((count / Math.max(1, ms)) * 1000).toFixed(1));

const fake = await startFakeTelegram({ rateLimits: true, longPollCapMs: 2000 });
const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-broadcast-'));
const warnings = new Map<string, number>();
const logger = pino({ level: 'warn' }, {
  write: (line: string) => {
    const { msg, err, reason } = JSON.parse(line) as { msg: string; err?: { message?: string }; reason?: string };
    const key = [msg, err?.message, reason].filter((part) => part !== undefined).join(': ');
    warnings.set(key, (warnings.get(key) ?? 0) + 1);
  },
});
const config = createConfig({
  defaultsYaml: readFileSync(join('config', 'default.yaml'), 'utf8'),
  configDir: 'config',
  env: {
    TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_ADMIN_IDS: String(ADMIN),
    DATABASE_PATH: join(dir, 'khabar.db'), CONTENT_DIR: process.env['CONTENT_DIR'] ?? 'content', DIGEST_MAX_STORIES: maxStories, LOG_LEVEL: 'warn',
  },
});
const app = await startApp({ config, logger, write: () => undefined });
try {
  const burstStart = Date.now();
  for (const chat of ids) fake.pushUpdate(privateMessage(chat, '/subscribe'));
  await until(() => ids.every((chat) => confirmed(fake, chat) > 0), 300_000, 'every /subscribe confirmed');
  const burstMs = Date.now() - burstStart;
  const afterBurst = fake.rateLimited();

  const publishStart = Date.now();
  fake.pushUpdate(privateMessage(ADMIN, '/publish'));
  await fake.waitFor((m) => m.chat_id === ADMIN && m.plainText.startsWith('Published'), 3_600_000);
  const publishedAt = Date.now();
  // Parts parked by a 429 or retried after a network error go out on a later minute tick.
  await until(() => app.services.delivery.pendingCount() === 0, 150_000, 'outbox drained').catch(() => undefined);
  const isPart = (chatId: number | string): boolean => Number(chatId) >= FIRST_CHAT;
  const parts = fake.sent().filter((m) => isPart(m.chat_id) && /\(\d+\/\d+\)$/.test(m.plainText));
  const allTimes = fake.calls('sendMessage').filter((c) => c.outcome === 'ok' && isPart(String(c.params['chat_id'])) && /\(\d+\/\d+\)$/.test(String(c.params['text']))).map((c) => c.at);
  const times = allTimes.filter((at) => at <= publishedAt);
  const perDigest = Number(/\(1\/(\d+)\)$/.exec(parts[0]?.plainText ?? '')?.[1] ?? 0);
  const expected = Array.from({ length: perDigest }, (_, i) => `${i + 1}/${perDigest}`).join();
  let lost = 0;
  let doubled = 0;
  for (const chat of ids) {
    const got = markers(fake, chat);
    const seen = new Set(got);
    lost += perDigest - [...seen].filter((m) => m !== '?').length;
    doubled += got.length - seen.size;
  }
  const outOfOrder = ids.filter((chat) => new Set(markers(fake, chat)).size === perDigest && markers(fake, chat).join() !== expected).length;
  const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
  const cut = Math.floor(times.length * 0.1);
  const steady = times.slice(cut, times.length - cut);
  const limited = fake.rateLimited();
  process.stdout.write(
    `${JSON.stringify(
      {
        chats,
        subscribeBurst: {
          confirmed: ids.filter((chat) => confirmed(fake, chat) === 1).length,
          confirmedTwice: ids.filter((chat) => confirmed(fake, chat) > 1).length,
          seconds: Number((burstMs / 1000).toFixed(1)),
          msgPerSecond: rate(chats, burstMs),
          rateLimited: afterBurst,
        },
        digest: {
          partsPerDigest: perDigest,
          partsSent: allTimes.length,
          partsSentByPublish: times.length,
          partsSentOnLaterTicks: allTimes.length - times.length,
          firstPartAfterPublishMs: (times[0] ?? publishStart) - publishStart,
          seconds: Number((span / 1000).toFixed(1)),
          msgPerSecond: rate(times.length - 1, span),
          steadyMsgPerSecond: rate(steady.length - 1, (steady.at(-1) ?? 0) - (steady[0] ?? 0)),
          ofTelegramCeiling: Number((rate(times.length - 1, span) / 30).toFixed(2)),
          lost,
          doubled,
          outOfOrder,
          rateLimited: { global: limited.global - afterBurst.global, chat: limited.chat - afterBurst.chat, group: limited.group - afterBurst.group },
        },
        log: Object.fromEntries(warnings),
        rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await app.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
