/** What went wrong in the store; callers branch on `code`, never on message text. */
export type StoreErrorCode =
  | 'open-failed'
  | 'schema-too-new'
  | 'migration-failed'
  | 'invalid-argument'
  | 'not-found'
  | 'query-failed';

/** Every failure of the persistent store surfaces as a StoreError (the driver error is in `cause`). */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The database was written by a newer khabar: refuse to touch it rather than corrupt it. */
export class SchemaTooNewError extends StoreError {
  override name = 'SchemaTooNewError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super('schema-too-new', `database schema version ${found} is newer than this build supports (${supported}); upgrade khabar`);
  }
}

function sqliteCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

/** Wraps a driver error with the operation's name; StoreErrors pass through unchanged. */
export function toStoreError(operation: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const code: StoreErrorCode =
    sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY' ? 'not-found' : error instanceof RangeError ? 'invalid-argument' : 'query-failed';
  return new StoreError(code, `${operation} failed: ${detail}`, { cause: error });
}

/** Runs `fn`, turning any failure into a StoreError named after the operation. */
export function guard<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toStoreError(operation, error);
  }
}
