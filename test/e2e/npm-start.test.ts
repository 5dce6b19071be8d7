import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm start` as package.json says it, with `node` being this node. */
function startCommand(): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  return (scripts.start ?? '').split(/\s+/);
}

describe('npm start is one process that receives SIGTERM and SIGINT', () => {
  it('the start script runs node itself with the tsx loader (no tsx CLI parent in between)', () => {
    expect(startCommand()).toEqual(['node', '--import', 'tsx', 'src/main.ts']);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s to the started process stops it gracefully (exit 0), with no process left behind', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-start-'));
    const [, ...args] = startCommand();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: join(dir, 'khabar.db'), CONTENT_DIR: 'content', LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let children = '';
    const ready = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (stderr.includes('"khabar started"')) resolve();
      });
    });
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      await ready;
      // the process we signal is the one running main.ts, and it started no other process
      const pid = child.pid as number;
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('src/main.ts');
      const list = `/proc/${pid}/task/${pid}/children`;
      if (existsSync(list)) children = readFileSync(list, 'utf8').trim();
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(children).toBe('');
      expect(stderr).toContain('"khabar stopped"');
    } finally {
      clearTimeout(killer);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
