import { TranslationError, type Translator } from '../ports/translation-port.js';

export interface ResilienceOptions {
  /** Per request. */
  timeoutMs: number;
  /** Left alone this long after a timeout or a failure that retries did not cure. */
  cooldownMs: number;
  /** Retries after a 429, a 5xx or a network error (not after a timeout or a bad answer). */
  retries?: number;
  /** First back-off; doubles per retry. */
  backoffMs?: number;
  /** Longest wait a Retry-After may impose; longer opens the breaker instead. */
  maxRetryAfterMs?: number;
  now?: () => number;
}

export interface ResilientTranslator extends Translator {
  /** True while the breaker keeps the provider out. */
  isDown(): boolean;
  /** Failed calls (after retries) since start. */
  failures(): number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new TranslationError('unavailable', 'stopped'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new TranslationError('unavailable', 'stopped'));
    };
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * Wraps a provider client with a per-request timeout, retries with exponential back-off on 429
 * (honouring Retry-After), 5xx and network errors, and a circuit breaker: after a timeout or a
 * failure retries did not cure, every call fails at once for `cooldownMs` — a provider that is
 * down costs one timeout, not one per line. A malformed or wrong-length answer fails its batch only.
 */
export function createResilientTranslator(inner: Translator, options: ResilienceOptions): ResilientTranslator {
  const now = options.now ?? (() => Date.now());
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? Math.max(options.timeoutMs, 5000);
  let downUntil = 0;
  let failed = 0;

  const attempt = async (sentences: readonly string[], signal: AbortSignal): Promise<string[]> => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      return await inner.translate(sentences, AbortSignal.any([signal, timeout]));
    } catch (error) {
      if (timeout.aborted && !signal.aborted) throw new TranslationError('timeout', `no answer within ${options.timeoutMs} ms`, {}, { cause: error });
      if (signal.aborted) throw new TranslationError('unavailable', 'stopped', {}, { cause: error });
      throw error instanceof TranslationError ? error : new TranslationError('transient', String(error), {}, { cause: error });
    }
  };

  return {
    provider: inner.provider,
    model: inner.model,
    isDown: () => now() < downUntil,
    failures: () => failed,
    async translate(sentences, signal) {
      if (now() < downUntil) throw new TranslationError('unavailable', 'provider is down (circuit open)');
      for (let tries = 0; ; tries++) {
        try {
          return await attempt(sentences, signal);
        } catch (error) {
          const e = error as TranslationError;
          if (signal.aborted || e.kind === 'unavailable') throw e;
          const retryable = e.kind === 'transient' || e.kind === 'rate-limited';
          const wait = e.details.retryAfterMs ?? backoffMs * 2 ** tries;
          if (!retryable || tries >= retries || wait > maxRetryAfterMs) {
            failed += 1;
            if (e.kind !== 'invalid') downUntil = now() + options.cooldownMs;
            throw e;
          }
          await sleep(wait, signal);
          if (now() < downUntil) throw new TranslationError('unavailable', 'provider is down (circuit open)');
        }
      }
    },
  };
}
