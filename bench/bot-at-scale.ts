/**
 * `npm run bench:bot` — the bot as a user runs it (`node --import tsx src/main.ts`, one process)
 * against the fake Bot API, on a synthetic archive of BENCH_ARTICLES (default 10,000) real pages:
 * 1. reload under load: the bot starts on 4 articles, then the whole archive is written and an admin
 *    sends /reload (every article new: analysed in the workers); a user's /event is sent every
 *    second meanwhile and each answer is timed (ms from the update to the reply);
 * 2. memory: the bot is restarted on the same folder (articles from the analysis cache) and its RSS
 *    is read from /proc when loaded and after each of 5 reloads with one changed file (right after
 *    the reply and once the idle workers have ended), with a user's /event timed during each.
 * Prints one JSON object. BENCH_KEEP=1 keeps the folder (content, cache) and prints where.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateMessage, startFakeTelegram, type FakeTelegram } from '../test/fakes/telegram/index.js';
import { writeSyntheticContent } from '../test/helpers/synthetic-content.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const ADMIN = 900;
/** Each /event comes from another user (a chat gets one message a second: its own gap is not measured). */
let nextUser = 7001;
/** Idle workers end 1 s after a build (analysis-pool.ts): RSS is read again after this. */
const SETTLE_MS = 3000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

function startBot(env: Record<string, string>): { child: ChildProcess; logs: string[] } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TELEGRAM_|DISCORD_|DIGEST_|DATABASE_|CONTENT_|CACHE_|TRANSLATE_|LOG_LEVEL)/.test(key)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...clean, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const logs: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  return { child, logs };
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Sends `text` from `chat` and resolves with the ms until the bot's first message to it after. */
async function timed(fake: FakeTelegram, chat: number, text: string, timeoutMs = 600_000): Promise<number> {
  const last = Math.max(0, ...fake.sent(chat).map((m) => m.message_id));
  const start = performance.now();
  fake.pushUpdate(privateMessage(chat, text));
  await fake.waitFor((m) => m.chat_id === chat && m.message_id > last, timeoutMs);
  return Math.round(performance.now() - start);
}

/** /reload by the admin; a user's /event every `eventEveryMs` until the reload is answered, each timed. */
async function reloadTimingEvents(fake: FakeTelegram, eventEveryMs = 1000): Promise<{ reloadMs: number; eventMs: number[] }> {
  let finished = false;
  const reload = timed(fake, ADMIN, '/reload').finally(() => {
    finished = true;
  });
  const eventMs: number[] = [];
  await sleep(100);
  while (!finished) {
    eventMs.push(await timed(fake, nextUser++, '/event 2023-03-15', 60_000));
    if (!finished) await sleep(eventEveryMs);
  }
  return { reloadMs: await reload, eventMs };
}

const summary = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { count: sorted.length, p50: sorted[Math.floor(sorted.length / 2)] ?? null, max: sorted.at(-1) ?? null };
};

const root = mkdtempSync(join(tmpdir(), 'khabar-bench-bot-'));
const contentDir = join(root, 'content');
const fake = await startFakeTelegram({ longPollCapMs: 1000 });
const env = {
  TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_ADMIN_IDS: String(ADMIN),
  DATABASE_PATH: join(root, 'khabar.db'), CACHE_DIR: join(root, 'cache'), CONTENT_DIR: contentDir,
  CONTENT_WATCH: 'false', CONTENT_RESCAN_SECONDS: '0', LOG_LEVEL: 'info',
};
const running: { bot: { child: ChildProcess; logs: string[] } | null } = { bot: null };
const stopBot = async (): Promise<void> => {
  const bot = running.bot;
  if (!bot || bot.child.exitCode !== null) return;
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.kill('SIGTERM');
  await exited;
};
const started = async (): Promise<number> => {
  const t = performance.now();
  running.bot = startBot(env);
  const logs = running.bot.logs;
  await until(() => logs.some((l) => l.includes('"khabar started"')), 600_000, 'bot start');
  return Math.round(performance.now() - t);
};
try {
  const files = writeSyntheticContent(contentDir, ARTICLES);
  const all = readFileSync(join(contentDir, 'metadata.yaml'), 'utf8');
  // 1. the bot starts on the first 4 articles; the rest appear and one /reload analyses them all
  const keep = new Set(files.slice(0, 4));
  const saved = files.filter((f) => !keep.has(f)).map((f) => [f, readFileSync(join(contentDir, f))] as const);
  for (const [file] of saved) rmSync(join(contentDir, file));
  await started();
  for (const [file, bytes] of saved) writeFileSync(join(contentDir, file), bytes);
  writeFileSync(join(contentDir, 'metadata.yaml'), all);
  const cold = await reloadTimingEvents(fake);
  const pid = running.bot?.child.pid ?? 0;
  const rssAfterColdReloadMB = rssMB(pid);
  await sleep(SETTLE_MS);
  const rssSettledColdReloadMB = rssMB(pid);
  await stopBot();

  // 2. a restart reads every article from the cache; RSS loaded and across 5 reloads
  const startMs = await started();
  const botPid = running.bot?.child.pid ?? 0;
  const rssLoadedMB = rssMB(botPid);
  await sleep(SETTLE_MS);
  const rssLoadedSettledMB = rssMB(botPid);
  const reloads: { reloadMs: number; eventMs: number[]; rssMB: number; rssSettledMB: number }[] = [];
  const changed = join(contentDir, files[Math.floor(files.length / 2)] ?? '');
  for (let i = 0; i < 5; i++) {
    appendFileSync(changed, `\nबदला हुआ अनुच्छेद ${i}।\n`);
    const r = await reloadTimingEvents(fake, 250);
    const rss = rssMB(botPid);
    await sleep(SETTLE_MS);
    reloads.push({ ...r, rssMB: rss, rssSettledMB: rssMB(botPid) });
  }
  const result = {
    articles: ARTICLES,
    reloadOfAllArticles: { reloadMs: cold.reloadMs, eventDuringReloadMs: summary(cold.eventMs), rssAfterMB: rssAfterColdReloadMB, rssSettledMB: rssSettledColdReloadMB },
    warmStart: { startMs, rssLoadedMB, rssLoadedSettledMB },
    reloadsOneChanged: {
      reloadMs: reloads.map((r) => r.reloadMs),
      eventDuringReloadMs: summary(reloads.flatMap((r) => r.eventMs)),
      rssAfterMB: reloads.map((r) => r.rssMB),
      rssSettledMB: reloads.map((r) => r.rssSettledMB),
    },
  };
  process.stdout.write(`${JSON.stringify({ botAtScale: result }, null, 2)}\n`);
} finally {
  await stopBot();
  await fake.close();
  if (process.env.BENCH_KEEP) process.stderr.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
}
