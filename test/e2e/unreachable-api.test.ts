import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/app/config/create-config.js';
import { startApp } from '../../src/start-app.js';

describe('start-up against an unreachable Bot API', () => {
  it('fails fast with a network error instead of retrying forever, and leaves no open database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-unreachable-'));
    const config = createConfig({
      defaultsYaml: readFileSync('config/default.yaml', 'utf8'),
      configDir: 'config',
      env: {
        TELEGRAM_BOT_TOKEN: '123456:TEST-token',
        // port 1 on loopback: nothing listens there, the connection is refused at once
        TELEGRAM_API_ROOT: 'http://127.0.0.1:1',
        DATABASE_PATH: join(dir, 'khabar.db'),
        CONTENT_DIR: 'content',
      },
    });
    const started = Date.now();
    await expect(startApp({ config, logger: pino({ level: 'silent' }), write: () => undefined })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(dir, 'khabar.db-wal'))).toBe(false);
  });
});
