import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/adapters/store/store-errors.js';
import { describeStartError } from '../../src/app/start-up-error.js';

const dir = mkdtempSync(join(tmpdir(), 'khabar-start-error-'));
const DB = join(dir, 'khabar.db');
const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code });
const open = (cause: Error) => new StoreError('open-failed', `cannot open database ${DB}: ${cause.message}`, { cause });

describe('describeStartError: one line with what to do', () => {
  it.each([
    ['corrupt (not a database)', open(sqlite('SQLITE_NOTADB', 'file is not a database')), /^the database .*khabar\.db is corrupt \(file is not a database\)\. Move it aside .*mv .*khabar\.db .*khabar\.db\.broken.*outbox in the old file are lost$/],
    ['corrupt (malformed image)', open(sqlite('SQLITE_CORRUPT', 'database disk image is malformed')), /is corrupt \(database disk image is malformed\)/],
    ['read-only', open(sqlite('SQLITE_READONLY', 'attempt to write a readonly database')), /^the database .* is read-only \(attempt to write a readonly database\): .*DATABASE_PATH/],
    ['cannot open, but the place is writable', open(sqlite('SQLITE_CANTOPEN', 'unable to open database file')), /^cannot open database .*: unable to open database file \(check DATABASE_PATH\)$/],
    ['Telegram 401', Object.assign(new Error("Call to 'getMe' failed! (401: Unauthorized)"), { error_code: 401, method: 'getMe', description: 'Unauthorized' }), /^Telegram rejected TELEGRAM_BOT_TOKEN \(401: Unauthorized\): copy the token from @BotFather/],
    ['Discord TokenInvalid', Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), /^Discord rejected DISCORD_TOKEN .*Reset Token/],
    ['anything else keeps its message', new Error("Network request for 'getMe' failed!"), /^Network request for 'getMe' failed!$/],
  ])('%s', (_name, error, line) => {
    const text = describeStartError(error, DB);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/\n|\bat .*\.ts:\d+/);
  });
});
