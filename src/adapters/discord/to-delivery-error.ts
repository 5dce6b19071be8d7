import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../../app/ports/sender-port.js';

/** Discord JSON error codes that mean the bot cannot post in the channel any more. */
const FORBIDDEN_CODES = new Set([50001 /* Missing Access */, 50013 /* Missing Permissions */, 50007 /* Cannot DM */]);
/** Codes that mean the channel is gone. */
const GONE_CODES = new Set([10003 /* Unknown Channel */, 10004 /* Unknown Guild */]);

/** Seconds to wait, from a RateLimitError (milliseconds) or a 429 body (`retry_after` in seconds). */
function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function retryAfterOf(error: DiscordAPIError): number {
  const raw = error.rawError as { retry_after?: unknown };
  return typeof raw.retry_after === 'number' ? Math.max(1, Math.ceil(raw.retry_after)) : 1;
}

/**
 * Maps a failed Discord REST call to a DeliveryError kind, by status and JSON error code:
 * a rate limit (RateLimitError from `rejectOnRateLimit`, or a 429) → rate-limited with the wait;
 * 403 / 50001 / 50013 → forbidden; 404 / 10003 → chat-not-found; other 4xx (401 aside) → rejected;
 * 401, 5xx, timeouts and network errors → transient.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const options = { cause: error };
  if (error instanceof RateLimitError) {
    const wait = Math.max(error.retryAfter, error.timeToReset, error.sublimitTimeout);
    return new DeliveryError('rate-limited', `429: rate limited on ${error.route} (${error.scope})`, { retryAfterSeconds: seconds(wait) }, options);
  }
  if (error instanceof DiscordAPIError) {
    const message = `${error.status}: ${error.message} (code ${error.code})`;
    const code = Number(error.code);
    if (error.status === 429) return new DeliveryError('rate-limited', message, { retryAfterSeconds: retryAfterOf(error) }, options);
    if (error.status === 403 || FORBIDDEN_CODES.has(code)) return new DeliveryError('forbidden', message, {}, options);
    if (error.status === 404 || GONE_CODES.has(code)) return new DeliveryError('chat-not-found', message, {}, options);
    if (error.status >= 400 && error.status < 500 && error.status !== 401) return new DeliveryError('rejected', message, {}, options);
    return new DeliveryError('transient', message, {}, options);
  }
  if (error instanceof HTTPError) return new DeliveryError('transient', `${error.status}: ${error.message}`, {}, options);
  const detail = error instanceof Error ? `network: ${error.message}` : String(error);
  return new DeliveryError('transient', detail, {}, options);
}
