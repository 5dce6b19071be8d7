import { spawn, type ChildProcess } from 'node:child_process';

/** The environment of the test run without any khabar setting (a developer's shell may have some). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(TELEGRAM_|DISCORD_|DIGEST_|DATABASE_|CONTENT_|RETRY_|LOG_LEVEL)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface MainProcess {
  child: ChildProcess;
  /** Output so far (the same object `done` resolves with, plus the exit code). */
  output: Run;
  done: Promise<Run>;
}

/**
 * Starts `node --import tsx src/main.ts`; `onOutput` (given the output so far) may signal the child.
 * A child still running after `killAfterMs` is killed (a safety net for a test that went wrong).
 */
export function startMain(env: Record<string, string>, onOutput?: (run: Run, child: ChildProcess) => void, killAfterMs = 15_000): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { code: null, stdout: '', stderr: '' };
  const done = new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString('utf8');
      onOutput?.(run, child);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      run.stderr += chunk.toString('utf8');
      onOutput?.(run, child);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      run.code = code;
      resolve(run);
    });
  });
  return { child, output: run, done };
}

/** Runs main.ts to its end. */
export function runMain(env: Record<string, string>, onOutput?: (run: Run, child: ChildProcess) => void): Promise<Run> {
  return startMain(env, onOutput).done;
}
