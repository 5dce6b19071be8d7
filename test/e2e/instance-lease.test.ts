import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/open-store.js';
import { smallContentDir } from './content-fixture.js';
import { runMain, startMain, type MainProcess } from './run-main.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0).reverse()) fn();
});

function setUp(): { env: Record<string, string>; databasePath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-lease-'));
  const small = smallContentDir();
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(small.dir, { recursive: true, force: true }));
  const databasePath = join(dir, 'khabar.db');
  return { env: { DATABASE_PATH: databasePath, CONTENT_DIR: small.contentDir }, databasePath };
}

/** main.ts with the console adapter, resolved once it logged "khabar started". */
async function started(env: Record<string, string>): Promise<MainProcess> {
  let ready: () => void = () => undefined;
  const up = new Promise<void>((resolve) => (ready = resolve));
  const main = startMain(env, (run) => {
    if (run.stderr.includes('"khabar started"')) ready();
  });
  cleanup.push(() => {
    if (main.child.exitCode === null && main.child.signalCode === null) main.child.kill('SIGKILL');
  });
  await Promise.race([up, main.done.then((run) => Promise.reject(new Error(`main.ts exited early: ${run.stderr}`)))]);
  return main;
}

const holderOf = (databasePath: string) => {
  const store = openStore(databasePath);
  try {
    return store.lease.current();
  } finally {
    store.close();
  }
};

describe('one instance per database, with real processes', () => {
  it('a second main.ts exits 1 naming the holder; after a kill -9 the next start takes over; a graceful stop releases', async () => {
    const { env, databasePath } = setUp();
    const first = await started(env);
    expect(holderOf(databasePath)).toMatchObject({ pid: first.child.pid });

    const second = await runMain(env);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(new RegExp(`^khabar: cannot start: another khabar is running on .*khabar\\.db: [^:]+:${first.child.pid} \\(last heartbeat \\d+ s ago\\); stop it first`, 'm'));
    expect(second.stderr).not.toMatch(/^\s+at /m);

    first.child.kill('SIGKILL');
    await first.done;
    const third = await started(env); // same host, the holder's pid is gone: no wait for the expiry
    expect(third.output.stderr).toMatch(/took over the lease of an instance that is gone/);
    expect(holderOf(databasePath)).toMatchObject({ pid: third.child.pid });

    third.child.kill('SIGTERM');
    expect((await third.done).code).toBe(0);
    expect(holderOf(databasePath)).toBeNull();
  }, 40_000);
});

describe('start-up failures: one line with what to do, no stack', () => {
  it('a corrupt database file', async () => {
    const { env, databasePath } = setUp();
    writeFileSync(databasePath, Buffer.alloc(4096, 7));
    const run = await runMain(env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^khabar: cannot start: the database .*khabar\.db is corrupt \(file is not a database\)\. Move it aside .*outbox in the old file are lost$/m);
    expect(run.stderr).not.toMatch(/^\s+at |"stack"/m);
  });

  it.each([
    ['missing', '/nonexistent/khabar-content', /content folder not found: \/nonexistent\/khabar-content/],
    ['a file', 'package.json', /content folder is a file, not a folder: package\.json/],
  ])('CONTENT_DIR %s: the bot does not start', async (_name, contentDir, message) => {
    const { env } = setUp();
    const run = await runMain({ ...env, CONTENT_DIR: contentDir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^khabar: cannot start: ${message.source} \\(set CONTENT_DIR`, 'm'));
  });

  // Root ignores file modes; an immutable folder (chattr +i) is read-only even for root.
  const chattr = (flag: string, path: string): boolean => {
    try {
      execFileSync('chattr', [flag, path], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  it('a read-only database says "read-only"', async (context) => {
    const { env, databasePath } = setUp();
    openStore(databasePath).close();
    const folder = join(databasePath, '..');
    const locked = process.getuid?.() === 0 ? chattr('+i', databasePath) && chattr('+i', folder) : (execFileSync('chmod', ['a-w', databasePath, folder]), true);
    if (!locked) context.skip();
    cleanup.push(() => void (process.getuid?.() === 0 ? (chattr('-i', folder), chattr('-i', databasePath)) : execFileSync('chmod', ['u+w', databasePath, folder])));
    const run = await runMain(env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^khabar: cannot start: the database .*khabar\.db is read-only \(.*\): .*DATABASE_PATH/m);
    expect(run.stderr).not.toMatch(/^\s+at |"stack"/m);
  });
});
