import { TranslationError } from '../../app/ports/translation-port.js';

/**
 * POSTs JSON and returns the parsed answer. Failures become TranslationErrors by kind: 429
 * rate-limited (with Retry-After in ms), 5xx and network errors transient, other statuses and
 * unparsable bodies invalid. The caller's signal carries timeout and shutdown.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body), signal });
  } catch (cause) {
    throw new TranslationError('transient', `request to ${new URL(url).host} failed: ${(cause as Error).message}`, {}, { cause });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new TranslationError('transient', `reading the answer failed: ${(cause as Error).message}`, { status: response.status }, { cause });
  }
  if (response.status === 429) {
    throw new TranslationError('rate-limited', 'rate limited (429)', { status: 429, ...retryAfter(response.headers.get('retry-after')) });
  }
  if (response.status >= 500) throw new TranslationError('transient', `server error ${response.status}`, { status: response.status });
  if (!response.ok) throw new TranslationError('invalid', `request refused (${response.status})`, { status: response.status });
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new TranslationError('invalid', 'the answer is not JSON', { status: response.status }, { cause });
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
function retryAfter(header: string | null): { retryAfterMs?: number } {
  if (header === null) return {};
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return { retryAfterMs: seconds * 1000 };
  const at = Date.parse(header);
  return Number.isNaN(at) ? {} : { retryAfterMs: Math.max(0, at - Date.now()) };
}

/** An array of exactly `length` strings, or an `invalid` failure for the whole batch. */
export function stringArray(value: unknown, length: number, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new TranslationError('invalid', `${what} is not an array of strings`);
  }
  if (value.length !== length) throw new TranslationError('invalid', `${what} has ${value.length} entries for ${length} sentences`);
  return value;
}
