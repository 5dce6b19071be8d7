import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The real entry point, as scripts call it: JSON on stdout, logs on stderr, contract exit codes. */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI process', () => {
  it('facts --json prints parseable JSON on stdout only', () => {
    const result = run('facts', '--json', '--article', '002_d880316c1af1bb8a');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it('a bad date exits 2 with one line and no stack trace', () => {
    const result = run('event', '2024-13-45');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
