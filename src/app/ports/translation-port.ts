/** Translation as the application sees it: a provider (adapter) and a cache (SQLite adapter). */

export const TRANSLATE_PROVIDERS = ['none', 'openai', 'libretranslate'] as const;
export type TranslateProvider = (typeof TRANSLATE_PROVIDERS)[number];

/** Why a provider call failed; retries and the circuit breaker act on the kind, never on text. */
export type TranslationFailureKind =
  /** 429: retry after `retryAfterMs` (Retry-After) or with back-off. */
  | 'rate-limited'
  /** 5xx, connection refused or reset: retry with back-off. */
  | 'transient'
  /** No answer within the timeout: the provider counts as down. */
  | 'timeout'
  /** Malformed JSON, wrong-length array, refused request (4xx): that batch fails, no retry. */
  | 'invalid'
  /** The circuit breaker is open: the provider failed recently and is not asked now. */
  | 'unavailable';

export class TranslationError extends Error {
  override name = 'TranslationError';
  constructor(
    readonly kind: TranslationFailureKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Translates Hindi sentences to English; the answer has the same order and length, or it throws. */
export interface Translator {
  /** Provider name and model: together with the sentence they key the cache. */
  readonly provider: Exclude<TranslateProvider, 'none'>;
  readonly model: string;
  translate(sentences: readonly string[], signal: AbortSignal): Promise<string[]>;
}

/** One cached translation; `accepted` is the fact guard's verdict when it was stored. */
export interface CachedTranslation {
  english: string;
  accepted: boolean;
}

/** Translations keyed by (normalised Hindi sentence, provider, model); survives restarts. */
export interface TranslationCache {
  getMany(hindi: readonly string[], provider: string, model: string): Map<string, CachedTranslation>;
  put(entries: readonly { hindi: string; english: string; accepted: boolean }[], provider: string, model: string): void;
  /** Rows stored for this provider and model (accepted, total). */
  count(provider: string, model: string): { accepted: number; total: number };
}

/** What /status shows about translation. */
export interface TranslationStatus {
  provider: TranslateProvider;
  model: string | null;
  /** Headline and summary lines in the provider's English, of all such lines. */
  lines: { provider: number; total: number };
  /** Translations the fact guard refused since start. */
  rejected: number;
  /** Provider calls that failed since start (timeouts, errors, bad answers). */
  failures: number;
  /** True while the circuit breaker keeps the provider out. */
  down: boolean;
  /** True while a background translation runs. */
  running: boolean;
}
