import type { Logger } from '../app/logger.js';
import { buildSnapshot, type Snapshot } from '../core/pipeline/build-snapshot.js';

/** What a command needs from the outside world; tests pass buffers instead of process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  logger: Logger;
  cwd: string;
  /** Today, for the digest edition; fixed in tests. */
  now: () => Date;
}

export interface GlobalOptions {
  content: string;
  config: string;
  tz: string;
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

/** Raised by a command to end with a one-line message and an exit code (never a stack trace). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Loads the snapshot for a command; a missing content folder is a content error (exit 1). */
export function loadSnapshot(options: GlobalOptions, io: CliIo): Snapshot {
  const snapshot = buildSnapshot({ contentDir: options.content, configDir: options.config, timezone: options.tz }, io.now());
  for (const problem of snapshot.problems) {
    io.logger.warn({ file: problem.file, line: problem.line, severity: problem.severity }, problem.message);
  }
  return snapshot;
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
