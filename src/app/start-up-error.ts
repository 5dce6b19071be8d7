import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

interface Coded {
  code?: unknown;
  cause?: unknown;
  error_code?: unknown;
  status?: unknown;
  method?: unknown;
  description?: unknown;
}

const codeOf = (error: unknown): string => {
  const value = (error as Coded | null)?.code;
  return typeof value === 'string' ? value : '';
};

/** The database file (when it exists) and its folder are writable by this process. */
function writable(path: string): boolean {
  try {
    for (const target of existsSync(path) ? [path, dirname(path)] : [dirname(path)]) accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The store adapter's errors, recognised by name: the app layer imports no adapter. (Names as set in
 * src/adapters/store/store-errors.ts.)
 */
const STORE_ERRORS = new Set(['StoreError', 'SchemaTooNewError']);
const isStoreError = (error: unknown): error is Error => error instanceof Error && STORE_ERRORS.has(error.name);

function databaseLine(error: Error, path: string): string {
  const cause = codeOf(error.cause);
  const detail = error.cause instanceof Error ? error.cause.message : error.message;
  if (cause === 'SQLITE_NOTADB' || cause.startsWith('SQLITE_CORRUPT')) {
    return (
      `the database ${path} is corrupt (${detail}). Move it aside (with its -wal and -shm files, e.g. mv ${path} ${path}.broken) ` +
      'and start again: a new empty database is created; the subscriptions and the undelivered outbox in the old file are lost'
    );
  }
  const denied = ['SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_IOERR', 'EACCES', 'EPERM', 'EROFS'].some((c) => cause.startsWith(c));
  if (cause.startsWith('SQLITE_READONLY') || (denied && !writable(path))) {
    return (
      `the database ${path} is read-only (${detail}): let the user running khabar write the file and its folder ` +
      `(SQLite also writes ${path}-wal next to it), or set DATABASE_PATH to a writable place`
    );
  }
  if (codeOf(error) === 'schema-too-new') return error.message;
  return `${error.message} (check DATABASE_PATH)`;
}

/** A platform that refused the bot token: which variable to fix and where to get a good one. */
function tokenLine(error: unknown): string | null {
  const e = error as Coded;
  if (typeof e.error_code === 'number' && typeof e.method === 'string' && (e.error_code === 401 || e.error_code === 404)) {
    const what = typeof e.description === 'string' ? e.description : String(e.error_code);
    return `Telegram rejected TELEGRAM_BOT_TOKEN (${e.error_code}: ${what}): copy the token from @BotFather again (/mybots → API Token)`;
  }
  if (codeOf(error) === 'TokenInvalid' || (e.status === 401 && typeof e.method === 'string')) {
    return 'Discord rejected DISCORD_TOKEN (401 invalid token): reset and copy the bot token in the Developer Portal (Bot → Reset Token)';
  }
  return null;
}

/**
 * The one line a failed start prints (after `khabar: cannot start: `): what went wrong and what
 * to do. The stack stays out of it (main.ts logs it at debug level only).
 */
export function describeStartError(error: unknown, databasePath: string): string {
  if (isStoreError(error)) return databaseLine(error, databasePath);
  const token = tokenLine(error);
  if (token) return token;
  return error instanceof Error ? error.message : String(error);
}
