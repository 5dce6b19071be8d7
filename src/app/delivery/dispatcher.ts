import type { Sender } from '../ports/sender-port.js';
import type { OutboxRow, Platform } from '../ports/store-port.js';
import { handleFailure, retryLater, type DispatchCounts, type FailureAction, type PolicyContext } from './delivery-policy.js';
import type { RateLimiter } from './rate-limiter.js';

export interface DispatchDeps extends Omit<PolicyContext, 'counts'> {
  senders: Partial<Record<Platform, Sender>>;
  limiter: RateLimiter;
  /** Rows read per round; default 50. */
  batchSize?: number;
  /** True once the service is stopping: the part in flight finishes, nothing new starts. */
  stopping?: () => boolean;
}

/** A part seen this often in one dispatch (e.g. a chat that keeps migrating) is retried later instead. */
const MAX_VISITS_PER_RUN = 5;

/**
 * Due rows whose subscription's platform has a sender. Rows of platforms without one stay pending
 * (not failed); when a whole batch is such rows, the window grows until sendable rows or the end.
 */
function fetchSendable(deps: DispatchDeps, batch: number): OutboxRow[] {
  const platformOf = new Map<number, Platform | null>();
  const sendable = (row: OutboxRow): boolean => {
    if (!platformOf.has(row.subscriptionId)) {
      platformOf.set(row.subscriptionId, deps.store.subscriptions.getById(row.subscriptionId)?.platform ?? null);
    }
    const platform = platformOf.get(row.subscriptionId);
    return platform !== null && platform !== undefined && deps.senders[platform] !== undefined;
  };
  for (let limit = batch; ; limit *= 2) {
    const rows = deps.store.outbox.nextPending(deps.now(), limit);
    const ready = rows.filter(sendable);
    if (ready.length > 0 || rows.length < limit) return ready.slice(0, batch);
  }
}

/** Sends one part, marking it sent right after the API call returns; handles a failure by policy. */
async function deliverRow(deps: DispatchDeps, ctx: PolicyContext, row: OutboxRow): Promise<FailureAction> {
  const stopping = deps.stopping ?? (() => false);
  const subscription = deps.store.subscriptions.getById(row.subscriptionId);
  const sender = subscription === null ? undefined : deps.senders[subscription.platform];
  if (subscription === null || !subscription.active || sender === undefined) return 'hold';
  for (let inlineWaits = 0; ; inlineWaits++) {
    if (!(await deps.limiter.acquire(subscription, stopping)) || stopping()) return 'hold';
    let messageId: string;
    try {
      messageId = (await sender.send(subscription.chatId, row.payload)).messageId;
    } catch (error) {
      const action = await handleFailure(ctx, row, subscription, error, inlineWaits);
      if (action !== 'retry') return action;
      continue;
    }
    if (deps.store.outbox.markSent(row.id, messageId)) ctx.counts.sent += 1;
    return 'next';
  }
}

/**
 * Drains the outbox: due rows in order (per subscription, digest, part), each sent with the
 * sender of its subscription's platform and marked sent at once, so a crash re-sends at most the
 * part in flight. A subscription held back (parked, retrying, deactivated, migrated) is skipped
 * for the rest of the round; the next round re-reads the outbox. Nothing thrown escapes: a failing
 * store ends this dispatch (the next tick tries again), any other failure is handled per part.
 */
export async function dispatchOutbox(deps: DispatchDeps): Promise<DispatchCounts> {
  const counts: DispatchCounts = { sent: 0, failed: 0, parked: 0, deactivated: 0 };
  const ctx: PolicyContext = { ...deps, counts };
  const stopping = deps.stopping ?? (() => false);
  const visits = new Map<number, number>();
  while (!stopping()) {
    let rows: OutboxRow[];
    try {
      rows = fetchSendable(deps, deps.batchSize ?? 50);
    } catch (error) {
      deps.logger.error({ err: error }, 'cannot read the outbox; dispatch ends until the next tick');
      break;
    }
    if (rows.length === 0) break;
    const held = new Set<number>();
    let progress = false;
    for (const row of rows) {
      if (stopping()) break;
      if (held.has(row.subscriptionId)) continue;
      const seen = (visits.get(row.id) ?? 0) + 1;
      visits.set(row.id, seen);
      progress ||= seen <= MAX_VISITS_PER_RUN + 1;
      let action: FailureAction;
      try {
        action = seen > MAX_VISITS_PER_RUN ? retryLater(ctx, row, 'too many tries in one dispatch') : await deliverRow(deps, ctx, row);
      } catch (error) {
        deps.logger.error({ err: error, row: row.id }, 'delivery bookkeeping failed');
        action = 'hold';
      }
      if (action === 'hold') held.add(row.subscriptionId);
    }
    if (!progress) {
      deps.logger.error({ rows: rows.length }, 'outbox rows cannot be moved on; dispatch ends until the next tick');
      break;
    }
  }
  return counts;
}
