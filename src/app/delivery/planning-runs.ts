import type { Logger } from 'pino';
import type { Subscription } from '../ports/store-port.js';
import type { DueCalculator } from './due.js';
import { planDigest, type PlanDeps, type PlanOutcome } from './plan-digests.js';
import { createSharedDigests } from './shared-digests.js';

export interface PlanReport {
  /** Subscriptions considered (due ones for a scheduled run, all active ones for publish). */
  due: number;
  /** Subscriptions that got a digest queued. */
  queued: number;
  /** Subscriptions with nothing new. */
  nothingNew: number;
  /** Left alone: no renderer for the platform, slot planned already, or planning failed. */
  skipped: number;
}

export interface PlanRunDeps extends PlanDeps {
  logger: Logger;
}

function count(report: PlanReport, outcome: PlanOutcome): void {
  if (outcome.status === 'queued') report.queued += 1;
  else if (outcome.status === 'nothing-new') report.nothingNew += 1;
  else report.skipped += 1;
}

type PlanItem = { subscription: Subscription; slot?: Date };
type Planned = { item: PlanItem; outcome: PlanOutcome } | { item: PlanItem; error: unknown };

/** Subscriptions planned in one store transaction: one disk sync per batch, not per subscription. */
const BATCH = 100;

/**
 * Plans each subscription in turn; one failing (a renderer bug, a store error) never stops the
 * others. Subscriptions with the same fresh articles share one digest (and one render per platform
 * and language) within the run. Subscriptions are committed in batches (each one still all or
 * nothing: a failing one rolls back to its savepoint); if a batch cannot commit, it is planned
 * again one subscription per transaction. Outcomes are logged once committed.
 */
function planEach(deps: PlanRunDeps, items: PlanItem[], now: Date): PlanReport {
  const summary: PlanReport = { due: items.length, queued: 0, nothingNew: 0, skipped: 0 };
  const shared = createSharedDigests(deps.maxStories);
  const planOne = (item: PlanItem): Planned => {
    try {
      return { item, outcome: planDigest(deps, item.subscription, now, item.slot, shared) };
    } catch (error) {
      return { item, error };
    }
  };
  for (let at = 0; at < items.length; at += BATCH) {
    const batch = items.slice(at, at + BATCH);
    let planned: Planned[];
    try {
      planned = deps.store.transaction(() => batch.map(planOne));
    } catch (error) {
      deps.logger.warn({ err: error, subscriptions: batch.length }, 'a planning batch did not commit; planning its subscriptions one by one');
      planned = batch.map(planOne);
    }
    for (const result of planned) record(result);
  }
  return summary;

  function record(result: Planned): void {
    const { subscription, slot } = result.item;
    if ('error' in result) {
      summary.skipped += 1;
      deps.logger.error({ err: result.error, subscription: subscription.id }, 'planning a digest failed');
      return;
    }
    count(summary, result.outcome);
    if (result.outcome.status === 'queued') {
      const { digestId, parts, stories, more } = result.outcome;
      deps.logger.info({ subscription: subscription.id, digestId, parts, stories, more, slot: slot?.toISOString() }, 'digest queued');
    }
  }
}

/** Scheduled planning: every active subscription whose latest slot was not planned yet. */
export function planDue(deps: PlanRunDeps, due: DueCalculator, now: Date): PlanReport {
  let items: { subscription: Subscription; slot: Date }[] = [];
  try {
    for (const subscription of deps.store.subscriptions.listActive()) {
      const slot = due.dueSlot(subscription, deps.store.schedule.lastSlot(subscription.id), now);
      if (slot !== null) items.push({ subscription, slot });
    }
  } catch (error) {
    deps.logger.error({ err: error }, 'cannot list due subscriptions');
    items = [];
  }
  return planEach(deps, items, now);
}

/** /publish: every active subscription now, whatever its time (no slot is claimed). */
export function planAll(deps: PlanRunDeps, now: Date): PlanReport {
  let subscriptions: Subscription[] = [];
  try {
    subscriptions = deps.store.subscriptions.listActive();
  } catch (error) {
    deps.logger.error({ err: error }, 'cannot list subscriptions');
  }
  return planEach(deps, subscriptions.map((subscription) => ({ subscription })), now);
}
