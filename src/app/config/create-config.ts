import { parse } from 'yaml';
import { appConfigSchema, type AppConfig } from './config-schema.js';
import { TRANSLATE_ENV_KEYS } from './translation-config.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly issues: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ConfigInput {
  /** Text of config/default.yaml. */
  defaultsYaml: string;
  /** Environment variables (process.env in main.ts, a plain object in tests). */
  env: Readonly<Record<string, string | undefined>>;
  /** The config/ folder with lexicons and gazetteer. */
  configDir: string;
}

/** Which environment variable overrides which setting; names appear in error messages. */
export const ENV_KEYS = {
  CONTENT_DIR: 'contentDir',
  DATABASE_PATH: 'databasePath',
  LOG_LEVEL: 'logLevel',
  DIGEST_CRON: 'schedule.cron',
  DIGEST_TZ: 'schedule.timezone',
  DIGEST_MAX_STORIES: 'digest.maxStories',
  RETRY_AFTER_CAP_SECONDS: 'delivery.retryAfterCapSeconds',
  TELEGRAM_BOT_TOKEN: 'telegram.token',
  TELEGRAM_API_ROOT: 'telegram.apiRoot',
  TELEGRAM_ADMIN_IDS: 'telegram.adminIds',
  DISCORD_TOKEN: 'discord.token',
  DISCORD_APPLICATION_ID: 'discord.applicationId',
  DISCORD_API_ROOT: 'discord.apiRoot',
  DISCORD_ADMIN_IDS: 'discord.adminIds',
  CACHE_DIR: 'content.cacheDir',
  CONTENT_WATCH: 'content.watch',
  CONTENT_RESCAN_SECONDS: 'content.rescanSeconds',
  ...TRANSLATE_ENV_KEYS,
} as const;

const NUMERIC = new Set(['digest.maxStories', 'delivery.retryAfterCapSeconds', 'translation.timeoutMs', 'content.rescanSeconds']);
const BOOLEANS = new Map([['true', true], ['1', true], ['on', true], ['false', false], ['0', false], ['off', false]]);
const LISTS = new Set(['telegram.adminIds', 'discord.adminIds']);

/** Pure: defaults YAML + environment → validated config, or a ConfigError naming each bad variable. */
export function createConfig(input: ConfigInput): AppConfig {
  let defaults: Record<string, unknown>;
  try {
    defaults = (parse(input.defaultsYaml) ?? {}) as Record<string, unknown>;
  } catch (cause) {
    throw new ConfigError('config/default.yaml is not valid YAML', [(cause as Error).message], { cause });
  }
  const merged = structuredClone(defaults) as Record<string, Record<string, unknown>>;
  merged.configDir = input.configDir as never;
  for (const section of ['telegram', 'discord']) merged[section] = { token: null, adminIds: [], ...(merged[section] ?? {}) };
  (merged.discord as Record<string, unknown>).applicationId ??= null;
  const fromEnv = new Map<string, string>();
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const raw = input.env[name];
    if (raw === undefined || raw.trim() === '') continue;
    fromEnv.set(path, name);
    setPath(merged, path, convert(path, raw.trim()));
  }
  const schedule = (merged.schedule ?? {}) as Record<string, unknown>;
  schedule.defaultTime = dailyTime(String(schedule.cron ?? ''));
  const result = appConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    const source = fromEnv.get(path) ?? [...fromEnv.entries()].find(([p]) => path.startsWith(p))?.[1];
    return `${source ?? `config/default.yaml ${path}`}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration: ${issues.join('; ')}`, issues);
}

function convert(path: string, raw: string): unknown {
  if (NUMERIC.has(path)) return /^\d+$/.test(raw) ? Number(raw) : raw;
  if (path === 'content.watch') return BOOLEANS.get(raw.toLowerCase()) ?? raw;
  if (LISTS.has(path)) return raw.split(',').map((s) => s.trim()).filter(Boolean);
  return raw;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** "0 8 * * *" → "08:00"; null for anything that is not one fixed time every day. */
export function dailyTime(cron: string): string | null {
  const m = /^(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+\*$/.exec(cron.trim());
  if (!m || Number(m[1]) > 59 || Number(m[2]) > 23) return null;
  return `${m[2]?.padStart(2, '0')}:${m[1]?.padStart(2, '0')}`;
}
