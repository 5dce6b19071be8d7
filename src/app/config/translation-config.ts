import { z } from 'zod';
import { TRANSLATE_PROVIDERS } from '../ports/translation-port.js';

/** Environment variables of the translation settings, by config path (names appear in errors). */
export const TRANSLATE_ENV_KEYS = {
  TRANSLATE_PROVIDER: 'translation.provider',
  TRANSLATE_BASE_URL: 'translation.baseUrl',
  TRANSLATE_MODEL: 'translation.model',
  TRANSLATE_API_KEY: 'translation.apiKey',
  TRANSLATE_TIMEOUT_MS: 'translation.timeoutMs',
} as const;

/**
 * Translation through a provider (off by default). A provider needs TRANSLATE_BASE_URL, and
 * `openai` a TRANSLATE_MODEL; the messages name the variables to set.
 */
export const translationConfigSchema = z
  .object({
    provider: z.enum(TRANSLATE_PROVIDERS, { error: `TRANSLATE_PROVIDER: expected one of ${TRANSLATE_PROVIDERS.join(', ')}` }).default('none'),
    baseUrl: z.url({ error: 'expected an http(s) URL such as http://127.0.0.1:11434/v1' }).nullable().default(null),
    model: z.string().min(1).nullable().default(null),
    apiKey: z.string().min(1).nullable().default(null),
    /** Per request; the CLI waits at most this long per round of requests. */
    timeoutMs: z.number({ error: 'expected milliseconds, e.g. 30000' }).int().min(100).max(600_000).default(30_000),
    /** Sentences per request. */
    batchSize: z.number().int().min(1).max(200).default(16),
    /** Requests in flight at once. */
    concurrency: z.number().int().min(1).max(16).default(2),
    /** How long a provider that failed is left alone before it is asked again. */
    cooldownMs: z.number().int().min(0).default(60_000),
  })
  .superRefine((t, ctx) => {
    if (t.provider !== 'none' && t.baseUrl === null) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: `TRANSLATE_BASE_URL is required when TRANSLATE_PROVIDER=${t.provider}` });
    }
    // a user:password in the URL would be echoed in fetch errors and logs: the key has its own variable
    if (t.baseUrl !== null && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/iu.test(t.baseUrl)) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'TRANSLATE_BASE_URL must not contain a user or password: put the key in TRANSLATE_API_KEY' });
    }
    if (t.provider === 'openai' && t.model === null) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: 'TRANSLATE_MODEL is required when TRANSLATE_PROVIDER=openai (e.g. gpt-4o-mini, or an Ollama model name)' });
    }
  });

export type TranslationConfig = z.infer<typeof translationConfigSchema>;
