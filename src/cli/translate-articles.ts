import { openStore } from '../adapters/store/open-store.js';
import { createTranslator } from '../adapters/translate/create-translator.js';
import { TRANSLATE_ENV_KEYS, translationConfigSchema, type TranslationConfig } from '../app/config/translation-config.js';
import { createResilientTranslator } from '../app/translation/resilient-translator.js';
import { createTranslationService } from '../app/translation/translation-service.js';
import type { Snapshot } from '../core/pipeline/build-snapshot.js';
import { applyTranslations } from '../core/translation/apply-translations.js';
import { loadFactGuard } from '../core/translation/load-fact-guard.js';
import { snapshotUnits } from '../core/translation/translation-units.js';
import type { AnalysedArticle } from '../core/types.js';
import { CliError, EXIT, type CliIo } from './cli-io.js';

/** TRANSLATE_* of the environment; a bad value is a usage error naming the variable. */
export function cliTranslationConfig(env: Readonly<Record<string, string | undefined>>): TranslationConfig {
  const raw: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(TRANSLATE_ENV_KEYS)) {
    const value = env[name]?.trim();
    if (!value) continue;
    const key = path.split('.')[1] as string;
    raw[key] = key === 'timeoutMs' && /^\d+$/.test(value) ? Number(value) : value;
  }
  const result = translationConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const name = Object.entries(TRANSLATE_ENV_KEYS).find(([, p]) => p === `translation.${key}`)?.[0] ?? 'TRANSLATE_*';
    return issue.message.startsWith('TRANSLATE_') ? issue.message : `${name}: ${issue.message}`;
  });
  throw new CliError(`invalid translation settings: ${issues.join('; ')}`, EXIT.usage);
}

/**
 * With TRANSLATE_PROVIDER set, translates the headlines and summary lines of `articles` and waits
 * (at most the timeout per round of requests); lines the provider did not deliver, or the fact
 * guard refused, stay offline. Cached in DATABASE_PATH when set, else in memory for this run.
 * Never fails the command over the provider.
 */
export async function translateArticles(snapshot: Snapshot, articles: AnalysedArticle[], io: CliIo, configDir: string): Promise<AnalysedArticle[]> {
  const config = cliTranslationConfig(io.env ?? {});
  const translator = createTranslator(config);
  if (!translator || articles.length === 0) return articles;
  const { guard, problems } = loadFactGuard(configDir);
  for (const problem of problems) io.logger.warn({ file: problem.file, line: problem.line }, problem.message);
  const store = openStore(io.env?.DATABASE_PATH?.trim() || ':memory:', { now: io.now });
  try {
    const resilient = createResilientTranslator(translator, { timeoutMs: config.timeoutMs, cooldownMs: config.cooldownMs });
    const service = createTranslationService({
      translator: resilient, cache: store.translations, guard, logger: io.logger, batchSize: config.batchSize, concurrency: config.concurrency, events: false,
    });
    const rounds = Math.max(1, Math.ceil(snapshotUnits(articles, false).length / config.batchSize / config.concurrency));
    await service.translate(articles, AbortSignal.timeout(config.timeoutMs * rounds));
    return applyTranslations({ ...snapshot, articles }, service.lookup, guard).snapshot.articles;
  } finally {
    store.close();
  }
}
