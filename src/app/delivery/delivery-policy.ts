import type { Logger } from 'pino';
import { DeliveryError } from '../ports/sender-port.js';
import type { OutboxRow } from '../ports/outbox-port.js';
import type { Store, Subscription } from '../ports/store-port.js';
import type { RateLimiter } from './rate-limiter.js';

export interface RetryPolicy {
  /** Tries of one part (transient failures) before it is marked failed for good. */
  maxAttempts: number;
  /** Back-off after the first transient failure; doubles with every further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429s waited out in place for one part within one dispatch before its subscription is parked. */
  maxInlineWaits: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 30 * 60_000, maxInlineWaits: 3 };

export interface DispatchCounts {
  sent: number;
  /** Parts given up for good (rejected, or out of attempts). */
  failed: number;
  /** Parts parked behind a long 429. */
  parked: number;
  /** Subscriptions deactivated (blocked, kicked, chat gone). */
  deactivated: number;
}

export interface PolicyContext {
  store: Store;
  logger: Logger;
  now: () => Date;
  /** Interruptible sleep (returns early when the service stops). */
  sleep: (ms: number) => Promise<void>;
  /** Told of every 429, so nothing else (a command reply) goes to that chat before the wait is over. */
  limiter: Pick<RateLimiter, 'pause'>;
  retryAfterCapSeconds: number;
  retry: RetryPolicy;
  counts: DispatchCounts;
}

/** 'retry': send the same part again now; 'next': go on with the next part; 'hold': skip the subscription this round. */
export type FailureAction = 'retry' | 'next' | 'hold';

export function backoffMs(attempt: number, retry: RetryPolicy): number {
  return Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Transient: count the attempt and delay the whole subscription (order is kept), or give up after N. */
export function retryLater(ctx: PolicyContext, row: OutboxRow, reason: string): FailureAction {
  const attempts = (ctx.store.outbox.get(row.id)?.attempts ?? row.attempts) + 1;
  if (attempts >= ctx.retry.maxAttempts) {
    ctx.store.outbox.markAttempt(row.id, reason);
    if (ctx.store.outbox.fail(row.id, `gave up after ${attempts} attempts: ${reason}`)) ctx.counts.failed += 1;
    ctx.logger.error({ row: row.id, subscription: row.subscriptionId, attempts, reason }, 'delivery failed for good');
    return 'next';
  }
  const delay = backoffMs(attempts, ctx.retry);
  ctx.store.outbox.markAttempt(row.id, reason, new Date(ctx.now().getTime() + delay));
  ctx.logger.warn({ row: row.id, subscription: row.subscriptionId, attempts, retryInMs: delay, reason }, 'delivery failed, will retry');
  return 'hold';
}

/** Acts on a failed send by the error's kind; never throws for a DeliveryError or a plain bug. */
export async function handleFailure(
  ctx: PolicyContext,
  row: OutboxRow,
  subscription: Subscription,
  error: unknown,
  inlineWaits: number,
): Promise<FailureAction> {
  const { store, logger } = ctx;
  const where = { row: row.id, subscription: subscription.id, platform: subscription.platform, chat: subscription.chatId };
  if (!(error instanceof DeliveryError)) {
    logger.error({ ...where, err: error }, 'unexpected error while sending; treated as transient');
    return retryLater(ctx, row, `unexpected: ${describe(error)}`);
  }
  switch (error.kind) {
    case 'rate-limited': {
      const seconds = Math.max(1, Math.ceil(error.details.retryAfterSeconds ?? 1));
      ctx.limiter.pause(subscription, seconds * 1000);
      if (seconds <= ctx.retryAfterCapSeconds && inlineWaits < ctx.retry.maxInlineWaits) {
        // Only this chat's lane waits; the others go on.
        logger.warn({ ...where, retryAfterSeconds: seconds }, 'rate limited; waiting');
        await ctx.sleep(seconds * 1000);
        return 'retry';
      }
      const until = new Date(ctx.now().getTime() + seconds * 1000);
      ctx.counts.parked += store.outbox.park(subscription.id, until, `rate limited for ${seconds}s`);
      logger.warn({ ...where, retryAfterSeconds: seconds, until: until.toISOString() }, 'rate limited beyond the cap; subscription parked');
      return 'hold';
    }
    case 'forbidden':
    case 'chat-not-found':
      if (store.subscriptions.deactivate(subscription.id, error.kind)) ctx.counts.deactivated += 1;
      logger.warn({ ...where, reason: error.kind, detail: error.message }, 'subscription deactivated');
      return 'hold';
    case 'migrated': {
      const target = error.details.migrateToChatId;
      if (target === undefined || target === subscription.chatId) return retryLater(ctx, row, `migrated without a new chat id: ${error.message}`);
      store.subscriptions.migrateChat(subscription.platform, subscription.chatId, target);
      logger.info({ ...where, newChat: target }, 'chat migrated; delivery moves to the new id');
      return 'hold';
    }
    case 'rejected':
      if (store.outbox.fail(row.id, `rejected: ${error.message}`)) ctx.counts.failed += 1;
      logger.error({ ...where, detail: error.message }, 'message part rejected by the platform');
      return 'next';
    case 'transient':
      return retryLater(ctx, row, error.message);
  }
}
