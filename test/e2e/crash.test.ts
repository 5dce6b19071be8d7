import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, createWorld, deliveryOf, markerSeries, partMarkers, type World } from './app-world.js';
import { largeContentDir } from './content-fixture.js';
import { startMain, type MainProcess } from './run-main.js';

const READER = 5001;

let world: World | null = null;
let main: MainProcess | null = null;
let content: { dir: string; contentDir: string } | null = null;
afterEach(async () => {
  if (main && main.child.exitCode === null && main.child.signalCode === null) main.child.kill('SIGKILL');
  await main?.done;
  main = null;
  await world?.close();
  world = null;
  if (content) rmSync(content.dir, { recursive: true, force: true });
  content = null;
});

const inFlight = (w: World): boolean =>
  w.fake.calls('sendMessage').some((c) => String(c.params['chat_id']) === String(READER) && c.outcome === 'pending');

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a real crash: main.ts killed with SIGKILL while a digest part is in flight', () => {
  it('a new app on the same database resends only the part in flight and sends the rest; none lost', async () => {
    content = largeContentDir();
    world = await createWorld({ env: { CONTENT_DIR: content.contentDir, DIGEST_MAX_STORIES: '50' } });
    const w = world;
    const env = {
      TELEGRAM_API_ROOT: w.fake.apiRoot, TELEGRAM_BOT_TOKEN: w.fake.token, TELEGRAM_ADMIN_IDS: String(ADMIN),
      DATABASE_PATH: w.databasePath, CONTENT_DIR: content.contentDir, DIGEST_MAX_STORIES: '50', LOG_LEVEL: 'warn',
    };
    main = startMain(env, undefined, 60_000);
    w.fake.pushUpdate(privateMessage(READER, '/subscribe'));
    // The answer waits for main.ts to start (tsx, worker threads, a cold analysis): ~12 s on a busy 2-core machine.
    await w.fake.waitFor((m) => m.chat_id === READER && m.plainText.startsWith('Subscribed!'), 30_000);
    w.fake.pushUpdate(privateMessage(ADMIN, '/publish'));
    const part = await w.fake.waitFor((m) => m.chat_id === READER && /\(1\/\d+\)$/.test(m.plainText), 10_000);
    const n = Number(/\(1\/(\d+)\)$/.exec(part.plainText)?.[1]);
    expect(n).toBeGreaterThanOrEqual(3);
    // Telegram is slow to answer part 2: the process dies while it waits (Telegram still posts it).
    w.fake.fail({ kind: 'delay', delayMs: 1000, method: 'sendMessage', chatId: READER });
    await until(() => inFlight(w));
    main.child.kill('SIGKILL');
    expect((await main.done).code).toBeNull();
    await until(() => !inFlight(w));
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n).slice(0, 2));

    const restarted = await w.start();
    await deliveryOf(restarted).idle();
    expect(partMarkers(w.fake, READER)).toEqual(markerSeries(n, 2));
    expect(restarted.services.delivery.pendingCount()).toBe(0);
    expect(restarted.services.store.subscriptions.listActive()).toHaveLength(1);
  }, 60_000);
});
