import type { Sender } from '../ports/sender-port.js';
import type { OutboxRow } from '../ports/outbox-port.js';
import type { Platform } from '../ports/store-port.js';
import { handleFailure, retryLater, type DispatchCounts, type FailureAction, type PolicyContext } from './delivery-policy.js';
import { outboxLanes, type Lane } from './outbox-lanes.js';
import type { RateLimiter } from './rate-limiter.js';

export interface DispatchDeps extends Omit<PolicyContext, 'counts'> {
  senders: Partial<Record<Platform, Sender>>;
  limiter: RateLimiter;
  /** Rows read per page of the outbox; default 500. */
  batchSize?: number;
  /** Chats served at once (each with at most one part in flight); default 100. */
  concurrency?: number;
  /** True once the service is stopping: the parts in flight finish, nothing new starts. */
  stopping?: () => boolean;
}

/** A part seen this often in one dispatch (e.g. a chat that keeps migrating) is retried later instead. */
const MAX_VISITS_PER_RUN = 5;

/** Sends one part, marking it sent right after the API call returns; handles a failure by policy. */
async function deliverRow(deps: DispatchDeps, ctx: PolicyContext, row: OutboxRow): Promise<FailureAction> {
  const stopping = deps.stopping ?? (() => false);
  const subscription = deps.store.subscriptions.getById(row.subscriptionId);
  const sender = subscription === null ? undefined : deps.senders[subscription.platform];
  if (subscription === null || !subscription.active || sender === undefined) return 'hold';
  for (let inlineWaits = 0; ; inlineWaits++) {
    if (!(await deps.limiter.acquire(subscription, { priority: 'digest', cancelled: stopping })) || stopping()) return 'hold';
    let messageId: string;
    try {
      messageId = (await sender.send(subscription.chatId, row.payload)).messageId;
    } catch (error) {
      deps.limiter.settle(subscription);
      const action = await handleFailure(ctx, row, subscription, error, inlineWaits);
      if (action !== 'retry') return action;
      continue;
    }
    deps.limiter.settle(subscription);
    if (deps.store.outbox.markSent(row.id, messageId)) ctx.counts.sent += 1;
    return 'next';
  }
}

interface Sweep {
  rows: number;
  progress: boolean;
  failed: unknown;
}

/**
 * One pass over the due outbox: up to `concurrency` subscriptions at once, each a lane that sends
 * its parts in order and stops at the first 'hold' (parked, retrying, deactivated, migrated).
 * A lane waiting for its chat's gap or a 429 holds only itself; the limiter paces them all.
 */
async function sweep(deps: DispatchDeps, ctx: PolicyContext, visits: Map<number, number>): Promise<Sweep> {
  const stopping = deps.stopping ?? (() => false);
  const source = outboxLanes(deps.store, deps.senders, deps.now, deps.batchSize ?? 500);
  let progress = false;
  const runLane = async (lane: Lane): Promise<void> => {
    for (const row of lane.rows) {
      if (stopping()) return;
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
      if (action === 'hold') return;
    }
  };
  const worker = async (): Promise<void> => {
    for (let lane = stopping() ? null : source.next(); lane !== null; lane = stopping() ? null : source.next()) await runLane(lane);
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 100) }, worker));
  return { rows: source.rows, progress, failed: source.failed };
}

/**
 * Drains the outbox: sweeps over the due rows until none is left (or none can be moved on). Each
 * part is sent with the sender of its subscription's platform and marked sent at once, so a crash
 * re-sends at most the part in flight of each chat. Parts to one chat go in order, one at a time;
 * chats are served concurrently. Nothing thrown escapes: a failing store ends this dispatch (the
 * next tick tries again), any other failure is handled per part.
 */
export async function dispatchOutbox(deps: DispatchDeps): Promise<DispatchCounts> {
  const counts: DispatchCounts = { sent: 0, failed: 0, parked: 0, deactivated: 0 };
  const ctx: PolicyContext = { ...deps, counts };
  const stopping = deps.stopping ?? (() => false);
  const visits = new Map<number, number>();
  while (!stopping()) {
    const pass = await sweep(deps, ctx, visits);
    if (pass.failed !== undefined) {
      deps.logger.error({ err: pass.failed }, 'cannot read the outbox; dispatch ends until the next tick');
      break;
    }
    if (pass.rows === 0) break;
    if (!pass.progress) {
      deps.logger.error({ rows: pass.rows }, 'outbox rows cannot be moved on; dispatch ends until the next tick');
      break;
    }
  }
  return counts;
}
