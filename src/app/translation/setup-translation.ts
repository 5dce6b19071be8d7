import type { Logger } from 'pino';
import { loadFactGuard } from '../../core/translation/load-fact-guard.js';
import type { TranslationConfig } from '../config/translation-config.js';
import type { ContentHolder } from '../ports/app-port.js';
import type { TranslationCache, Translator } from '../ports/translation-port.js';
import { createResilientTranslator } from './resilient-translator.js';
import { createTranslatedContent, type TranslatedContent } from './translated-content.js';
import { createTranslationService, type TranslationService } from './translation-service.js';

export interface TranslationSetup {
  content: ContentHolder;
  /** Null without a provider. */
  translated: TranslatedContent | null;
  service: TranslationService | null;
  stop(): Promise<void>;
}

/**
 * Puts a provider (created by the composition root from the config) between the content and its
 * readers. Without a provider the content holder is returned unchanged.
 */
export function setupTranslation(parts: {
  translator: Translator | null;
  config: TranslationConfig;
  cache: TranslationCache;
  configDir: string;
  content: ContentHolder;
  logger: Logger;
}): TranslationSetup {
  const { translator, config, logger } = parts;
  if (!translator) return { content: parts.content, translated: null, service: null, stop: async () => undefined };
  const { guard, problems } = loadFactGuard(parts.configDir);
  for (const problem of problems) logger.warn({ file: problem.file, line: problem.line }, problem.message);
  const resilient = createResilientTranslator(translator, { timeoutMs: config.timeoutMs, cooldownMs: config.cooldownMs });
  const service = createTranslationService({ translator: resilient, cache: parts.cache, guard, logger, batchSize: config.batchSize, concurrency: config.concurrency });
  logger.info({ provider: translator.provider, model: translator.model }, 'translation provider configured');
  const translated = createTranslatedContent(parts.content, service, resilient, guard);
  return { content: translated, translated, service, stop: () => service.stop() };
}
