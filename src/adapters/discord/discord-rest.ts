import { REST, type RateLimitData, type RESTOptions } from 'discord.js';
import type { AppConfig } from '../../app/config/config-schema.js';

/** The wait discord.js REST would sleep for a rate limit, in milliseconds. */
export function rateLimitWaitMs(data: RateLimitData): number {
  return Math.max(data.retryAfter, data.timeToReset, data.sublimitTimeout);
}

/**
 * REST options for the gateway client (interaction replies, follow-ups): discord.js waits out rate
 * limits itself, but never longer than `delivery.retryAfterCapSeconds`; a longer one throws a
 * RateLimitError instead of hanging a reply.
 */
export function clientRestOptions(config: AppConfig): Partial<RESTOptions> {
  const capMs = config.delivery.retryAfterCapSeconds * 1000;
  return { api: config.discord.apiRoot, rejectOnRateLimit: (data) => rateLimitWaitMs(data) > capMs };
}

/**
 * A REST client for delivery only: every rate limit is thrown at once (RateLimitError) so the delivery
 * policy decides (wait up to the cap, or park the subscription), and a 5xx is retried once at most,
 * so the outbox back-off, not the library, paces retries.
 */
export function createSenderRest(config: AppConfig): REST {
  const token = config.discord.token;
  if (token === null) throw new Error('DISCORD_TOKEN is not set');
  return new REST({ api: config.discord.apiRoot, rejectOnRateLimit: () => true, retries: 1, timeout: 15_000 }).setToken(token);
}
