import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig, dailyTime } from '../../../src/app/config/create-config.js';

const defaultsYaml = readFileSync('config/default.yaml', 'utf8');
const make = (env: Record<string, string>) => createConfig({ defaultsYaml, env, configDir: 'config' });

describe('createConfig', () => {
  it('uses config/default.yaml when the environment says nothing', () => {
    const config = make({});
    expect(config.contentDir).toBe('content');
    expect(config.databasePath).toBe('data/khabar.db');
    expect(config.schedule).toEqual({ cron: '0 8 * * *', timezone: 'Asia/Kolkata', defaultTime: '08:00' });
    expect(config.telegram).toEqual({ token: null, apiRoot: 'https://api.telegram.org', adminIds: [] });
    expect(config.discord.token).toBeNull();
  });

  it('lets every documented variable override its setting', () => {
    const config = make({
      CONTENT_DIR: '/srv/news',
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'debug',
      DIGEST_CRON: '30 7 * * 1-5',
      DIGEST_TZ: 'Europe/Moscow',
      DIGEST_MAX_STORIES: '8',
      TELEGRAM_BOT_TOKEN: '123456:ABC-def_1',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_ADMIN_IDS: '11, 22,33',
    });
    expect(config).toMatchObject({
      contentDir: '/srv/news',
      databasePath: ':memory:',
      logLevel: 'debug',
      schedule: { cron: '30 7 * * 1-5', timezone: 'Europe/Moscow', defaultTime: null },
      digest: { maxStories: 8 },
      telegram: { token: '123456:ABC-def_1', apiRoot: 'http://127.0.0.1:8081', adminIds: ['11', '22', '33'] },
    });
  });

  it('is pure: the same input gives the same output and the input is not changed', () => {
    const env = { DIGEST_TZ: 'UTC' };
    expect(make(env)).toEqual(make(env));
    expect(env).toEqual({ DIGEST_TZ: 'UTC' });
  });

  it.each([
    [{ DIGEST_TZ: 'Mars/Olympus' }, /^DIGEST_TZ: expected an IANA timezone/],
    [{ DIGEST_CRON: 'every morning' }, /^DIGEST_CRON: expected a cron expression/],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, /^TELEGRAM_BOT_TOKEN: expected a BotFather token/],
    [{ TELEGRAM_ADMIN_IDS: '12,abc' }, /^TELEGRAM_ADMIN_IDS: expected numeric user ids/],
    [{ TELEGRAM_API_ROOT: 'not a url' }, /^TELEGRAM_API_ROOT: /],
    [{ DIGEST_MAX_STORIES: 'many' }, /^DIGEST_MAX_STORIES: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
  ])('names the bad variable %j', (env, message) => {
    let error: unknown;
    try {
      make(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).name).toBe('ConfigError');
    expect((error as ConfigError).issues[0]).toMatch(message);
  });

  it('reports broken defaults YAML as a ConfigError', () => {
    expect(() => createConfig({ defaultsYaml: 'schedule: [', env: {}, configDir: 'config' })).toThrow(ConfigError);
  });
});

describe('dailyTime', () => {
  it.each([
    ['0 8 * * *', '08:00'],
    ['30 18 * * *', '18:30'],
    ['5 0 * * *', '00:05'],
    ['0 8 * * 1-5', null],
    ['*/5 * * * *', null],
    ['0 25 * * *', null],
  ])('%s → %s', (cron, time) => {
    expect(dailyTime(cron)).toBe(time);
  });
});
