import { pino } from 'pino';
import { runCli } from '../../src/cli/run-cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fixed "today" for every CLI test. */
export const TEST_NOW = new Date('2024-06-20T06:00:00Z');

/** Runs the CLI in-process with captured output and a silent logger. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    logger: pino({ level: 'silent' }),
    cwd: process.cwd(),
    now: () => TEST_NOW,
  });
  return { code, stdout, stderr };
}
