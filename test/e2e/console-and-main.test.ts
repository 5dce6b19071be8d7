import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/app/config/create-config.js';
import { startApp } from '../../src/start-app.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createWorld, defaultsYaml } from './app-world.js';
import { smallContentDir } from './content-fixture.js';
import { runMain } from './run-main.js';

let dir: string | null = null;
let small: { dir: string; contentDir: string } | null = null;
afterEach(() => {
  for (const path of [dir, small?.dir]) if (path) rmSync(path, { recursive: true, force: true });
  dir = null;
  small = null;
});

describe('start without a token, and main.ts', () => {
  it('startApp with no token runs the console adapter, which writes the digest at once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-console-'));
    const written: string[] = [];
    const config = createConfig({ defaultsYaml: defaultsYaml(), configDir: 'config', env: { DATABASE_PATH: join(dir, 'khabar.db'), CONTENT_DIR: 'content' } });
    const app = await startApp({ config, logger: pino({ level: 'silent' }), write: (text) => void written.push(text), now: () => new Date('2030-03-14T05:00:00Z') });
    try {
      expect(app.adapters).toEqual(['console']);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^khabar · 2030-03-14 · 3 stories\n/);
      expect(written[0]).toMatch(/[\u0900-\u097F]/);
    } finally {
      await app.stop();
    }
  });

  it('main.ts with a bad DIGEST_TZ (and a bad cap): exit 1, one line per problem on stderr, nothing on stdout', async () => {
    const run = await runMain({ DIGEST_TZ: 'Mars/Olympus', RETRY_AFTER_CAP_SECONDS: '0' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('khabar: invalid configuration:');
    expect(lines.slice(1).sort()).toEqual([expect.stringMatching(/^ {2}DIGEST_TZ: .*IANA timezone/), expect.stringMatching(/^ {2}RETRY_AFTER_CAP_SECONDS: /)]);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('main.ts with no token prints the digest on stdout (logs on stderr); a SIGTERM during start-up stops it gracefully (exit 0)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-main-'));
    let signalled = false;
    // The signal arrives while startApp is still running (right after the content is loaded).
    small = smallContentDir();
    const run = await runMain({ DATABASE_PATH: join(dir, 'khabar.db'), CONTENT_DIR: small.contentDir }, (output, child) => {
      if (signalled || !output.stderr.includes('"content loaded"')) return;
      signalled = true;
      child.kill('SIGTERM');
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: run.stderr });
    expect(run.stdout).toMatch(/^khabar · \d{4}-\d{2}-\d{2} · 1 stor(y|ies)\n[\s\S]*INSAT-3DS/);
    expect(run.stdout).not.toMatch(/"level"/);
    const logs = run.stderr.trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(logs).toEqual(expect.arrayContaining(['khabar started', 'shutting down', 'khabar stopped']));
  });

  it('main.ts when the database cannot be opened: exit 1 with one clear line, no stack trace', async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-main-'));
    writeFileSync(join(dir, 'a-file'), '');
    small = smallContentDir();
    const run = await runMain({ DATABASE_PATH: join(dir, 'a-file', 'khabar.db'), CONTENT_DIR: small.contentDir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^khabar: cannot start: cannot open database .*a-file/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('startApp with a token Telegram refuses rejects and leaves the database closed', async () => {
    const world = await createWorld({ strictToken: true });
    small = smallContentDir();
    try {
      await expect(world.start({ TELEGRAM_BOT_TOKEN: '999:WRONG-TOKEN', CONTENT_DIR: small.contentDir })).rejects.toThrow(/401|Unauthorized/);
      expect(existsSync(`${world.databasePath}-wal`)).toBe(false);
      const store = openStore(world.databasePath);
      expect(store.subscriptions.count()).toEqual({ active: 0, total: 0 });
      store.close();
    } finally {
      await world.close();
    }
  });
});
