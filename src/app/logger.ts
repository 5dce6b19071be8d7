import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Destination file descriptor; logs go to stderr so stdout stays clean for command output. */
  fd?: number;
}

/** pino JSON logger on stderr with secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'khabar' },
      redact: {
        paths: ['token', '*.token', 'config.telegram.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: options.fd ?? 2, sync: true }),
  );
}
