import type { TranslationConfig } from '../../app/config/translation-config.js';
import type { Translator } from '../../app/ports/translation-port.js';
import { createLibreTranslateTranslator } from './libretranslate-translator.js';
import { createOpenAiTranslator } from './openai-translator.js';

/** The configured provider's client, or null for TRANSLATE_PROVIDER=none. */
export function createTranslator(config: TranslationConfig): Translator | null {
  if (config.provider === 'none' || config.baseUrl === null) return null;
  if (config.provider === 'openai') return createOpenAiTranslator({ baseUrl: config.baseUrl, model: config.model ?? '', apiKey: config.apiKey });
  return createLibreTranslateTranslator({ baseUrl: config.baseUrl, apiKey: config.apiKey, model: config.model });
}
