import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Destination file descriptor; logs go to stderr so stdout stays clean for command output. */
  fd?: number;
  /** Secret values (bot tokens, API keys) that must never appear in a log line, in any field. */
  secrets?: readonly (string | null | undefined)[];
}

const CENSOR = '[redacted]';
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every secret — as written, URL-encoded or JSON-escaped — in a serialised log line. Runs
 * over the whole record (message, error message, stack, causes, nested objects), so a token inside
 * a request URL (`…/bot<TOKEN>/getMe`) in an error is caught too. Secrets shorter than 8 characters
 * are ignored: they would censor ordinary text.
 */
export function createRedactor(secrets: readonly (string | null | undefined)[]): (line: string) => string {
  const forms = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8)
    .flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (line) => line;
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  return (line) => line.replace(pattern, CENSOR);
}

/** pino JSON logger on stderr with secrets redacted by field name and, in every string, by value. */
export function createLogger(options: LoggerOptions): Logger {
  const redact = createRedactor(options.secrets ?? []);
  return pino(
    {
      level: options.level,
      base: { app: 'khabar' },
      redact: {
        paths: ['token', '*.token', 'config.telegram.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'],
        censor: CENSOR,
      },
      hooks: { streamWrite: redact },
    },
    pino.destination({ fd: options.fd ?? 2, sync: true }),
  );
}
