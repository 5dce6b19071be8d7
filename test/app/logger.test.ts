import { mkdtempSync, openSync, readFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { REST } from 'discord.js';
import { Bot } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger, createRedactor } from '../../src/app/logger.js';

const TELEGRAM = '123456789:AAH-secret_TOKEN-value0123456789abcdef';
const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-token-value';

/** Logs `record` at `level` through a real logger into a file and returns what was written. */
function logged(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', write: (log: ReturnType<typeof createLogger>) => void): string {
  const file = join(mkdtempSync(join(tmpdir(), 'khabar-log-')), 'log.jsonl');
  const fd = openSync(file, 'w');
  const log = createLogger({ level: 'trace', fd, secrets: [TELEGRAM, DISCORD, null] });
  write(log.child({ level }));
  log.flush();
  closeSync(fd);
  return readFileSync(file, 'utf8');
}

/** A port on 127.0.0.1 with nothing listening: every request to it fails with a network error. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('createRedactor', () => {
  it.each([
    ['as written', `GET https://api.telegram.org/bot${TELEGRAM}/getMe failed`],
    ['URL-encoded', `GET /bot${encodeURIComponent(TELEGRAM)}/getMe failed`],
    ['JSON-escaped inside a string', JSON.stringify({ msg: `token "${TELEGRAM}"` })],
  ])('removes a secret %s', (_form, line) => {
    const out = createRedactor([TELEGRAM])(line);
    expect(out).not.toContain(TELEGRAM);
    expect(out).not.toContain(encodeURIComponent(TELEGRAM));
    expect(out).toContain('[redacted]');
  });

  it('leaves lines without secrets, and ignores empty or very short secrets', () => {
    expect(createRedactor([TELEGRAM])('nothing to hide')).toBe('nothing to hide');
    expect(createRedactor(['', 'abc', null, undefined])('abc def')).toBe('abc def');
  });
});

describe('logger: no secret in any log line', () => {
  it.each(['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const)('an error carrying the token in message, stack and cause at %s', (level) => {
    const cause = new Error(`request to https://api.telegram.org/bot${TELEGRAM}/getUpdates failed, reason: ECONNREFUSED`);
    const err = new Error(`Network request for 'getMe' failed! (url: /bot${TELEGRAM}/getMe)`, { cause });
    const out = logged(level, (log) => log[level]({ err, url: `https://discord.com/api?token=${DISCORD}`, nested: { deep: [DISCORD] } }, `failed with ${TELEGRAM}`));
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(TELEGRAM);
    expect(out).not.toContain(DISCORD);
    expect(out).not.toContain('AAH-secret');
  });

  it('a real grammY error with the Bot API unreachable', async () => {
    const bot = new Bot(TELEGRAM, { client: { apiRoot: `http://127.0.0.1:${await closedPort()}` } });
    const err = await bot.api.getMe().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(inspect(err, { depth: 5 })).toContain(TELEGRAM); // the hole is real: the request URL is in the error
    const out = logged('error', (log) => log.error({ err, inner: (err as { error?: unknown }).error }, 'Telegram start failed'));
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(TELEGRAM);
  });

  it('a real discord.js REST error with the API unreachable', async () => {
    const rest = new REST({ api: `http://127.0.0.1:${await closedPort()}/api`, retries: 0, timeout: 2000 }).setToken(DISCORD);
    const err = await rest.get('/users/@me').then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const out = logged('warn', (log) => log.warn({ err, token: DISCORD }, 'Discord request failed'));
    expect(out).not.toContain(DISCORD);
  });
});
