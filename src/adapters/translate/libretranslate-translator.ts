import type { Translator } from '../../app/ports/translation-port.js';
import { postJson, stringArray } from './post-json.js';

export interface LibreTranslateOptions {
  /** Server root, e.g. http://127.0.0.1:5000. */
  baseUrl: string;
  apiKey: string | null;
  /** Only names the cache entries (LibreTranslate picks its own model); default `default`. */
  model?: string | null;
}

/** Self-hosted LibreTranslate: POST {base}/translate {q:[…], source:"hi", target:"en", format:"text"} → {translatedText:[…]}. */
export function createLibreTranslateTranslator(options: LibreTranslateOptions): Translator {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/translate`;
  return {
    provider: 'libretranslate',
    model: options.model ?? 'default',
    async translate(sentences, signal) {
      const body = { q: sentences, source: 'hi', target: 'en', format: 'text', ...(options.apiKey ? { api_key: options.apiKey } : {}) };
      const answer = await postJson(url, body, {}, signal);
      return stringArray((answer as { translatedText?: unknown } | null)?.translatedText, sentences.length, 'translatedText');
    },
  };
}
