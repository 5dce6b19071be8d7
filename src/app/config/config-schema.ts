import { validate } from 'node-cron';
import { z } from 'zod';
import { isTimeZone } from '../../core/calendar/zoned-time.js';
import { translationConfigSchema } from './translation-config.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (00:00–23:59)');
const timeZone = z.string().refine(isTimeZone, 'expected an IANA timezone such as Asia/Kolkata');
const idList = z.array(z.string().regex(/^\d+$/, 'expected numeric user ids')).default([]);

/** The validated run-time configuration (config/default.yaml overridden by the environment). */
export const appConfigSchema = z.object({
  contentDir: z.string().min(1),
  configDir: z.string().min(1),
  databasePath: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  schedule: z.object({
    cron: z.string().refine((expression) => validate(expression), 'expected a cron expression such as "0 8 * * *"'),
    timezone: timeZone,
    /** Default /time shown to users: derived from a simple daily cron when possible. */
    defaultTime: hhmm.nullable(),
  }),
  digest: z.object({ maxStories: z.number().int().min(1).max(50) }),
  delivery: z.object({
    retryAfterCapSeconds: z.number().int().min(1).max(3600),
    perChatIntervalMs: z.number().int().min(0),
    perGroupPerMinute: z.number().int().min(1),
    globalPerSecond: z.number().int().min(1),
  }),
  telegram: z.object({
    token: z.string().regex(/^\d+:[\w-]+$/, 'expected a BotFather token like 123456:ABC-DEF').nullable(),
    apiRoot: z.url(),
    adminIds: idList,
  }),
  discord: z.object({
    token: z.string().min(20, 'expected a Discord bot token').nullable(),
    applicationId: z.string().regex(/^\d+$/, 'expected a numeric application id').nullable(),
    apiRoot: z.url(),
    adminIds: idList,
  }),
  translation: translationConfigSchema.prefault({}),
  /** Analysis cache and how new content is noticed (absent in hand-built test configs: defaults apply). */
  content: z
    .object({
      /** Folder of the analysis cache (CACHE_DIR); null: the database's folder. */
      cacheDir: z.string().min(1).nullable().default(null),
      /** Watch the content folder and reload on changes (debounced). */
      watch: z.boolean().default(true),
      /** Full rescan every N seconds, for filesystems without change events; 0 = off. */
      rescanSeconds: z.number().int().min(0).default(300),
    })
    .optional(),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
