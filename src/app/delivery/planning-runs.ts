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

/**
 * Plans each subscription in turn; one failing (a renderer bug, a store error) never stops the
 * others. Subscriptions with the same fresh articles share one digest (and one render per platform
 * and language) within the run.
 */
function planEach(deps: PlanRunDeps, items: { subscription: Subscription; slot?: Date }[], now: Date): PlanReport {
  const report: PlanReport = { due: items.length, queued: 0, nothingNew: 0, skipped: 0 };
  const shared = createSharedDigests(deps.maxStories);
  for (const { subscription, slot } of items) {
    try {
      const outcome = planDigest(deps, subscription, now, slot, shared);
      count(report, outcome);
      if (outcome.status === 'queued') {
        const { digestId, parts, stories, more } = outcome;
        deps.logger.info({ subscription: subscription.id, digestId, parts, stories, more, slot: slot?.toISOString() }, 'digest queued');
      }
    } catch (error) {
      report.skipped += 1;
      deps.logger.error({ err: error, subscription: subscription.id }, 'planning a digest failed');
    }
  }
  return report;
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
