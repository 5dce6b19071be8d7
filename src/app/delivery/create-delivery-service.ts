import { schedule, type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config-schema.js';
import type { ContentHolder, DeliveryControl, PublishReport } from '../ports/app-port.js';
import type { DigestRenderer, Sender } from '../ports/sender-port.js';
import type { Platform, Store } from '../ports/store-port.js';
import { createCronSlots } from './cron-slots.js';
import { DEFAULT_RETRY, type DispatchCounts, type RetryPolicy } from './delivery-policy.js';
import { dispatchOutbox } from './dispatcher.js';
import { createDueCalculator } from './due.js';
import { planAll, planDue, type PlanReport, type PlanRunDeps } from './planning-runs.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import { createWakeableSleep } from './wakeable-sleep.js';

export interface DeliveryServiceDeps {
  store: Store;
  content: ContentHolder;
  senders: Partial<Record<Platform, Sender>>;
  renderers: Partial<Record<Platform, DigestRenderer>>;
  config: AppConfig;
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** Chats served at once by a dispatch (default 100). */
  concurrency?: number;
}

export interface RunReport {
  plan: PlanReport;
  dispatch: DispatchCounts;
}

export interface DeliveryService extends DeliveryControl {
  /** Plans every subscription whose latest scheduled slot was not planned yet, then dispatches. */
  runDue(now?: Date): Promise<RunReport>;
  /** The start-up run: the same as runDue (only the latest missed slot counts, once). */
  catchUp(now?: Date): Promise<RunReport>;
  /** Sends what the outbox has due (always on the service clock). */
  dispatch(): Promise<DispatchCounts>;
  /** Catch-up once, then a minute tick in the configured timezone (node-cron, noOverlap). */
  start(): void;
  /**
   * Stops the tick and waits for the run in flight to finish the message part in flight (at most
   * `graceMs` when given: a send that hangs must not block shutdown forever).
   */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when no run is in flight or queued. */
  idle(): Promise<void>;
  /** The one limiter of every message sent (digest parts here, command replies through the bots). */
  readonly limiter: RateLimiter;
}

/** Scheduler + planning + outbox dispatch for every platform; the platform is a column, not a copy. */
export function createDeliveryService(deps: DeliveryServiceDeps): DeliveryService {
  const { store, config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const timeZone = config.schedule.timezone;
  const due = createDueCalculator(createCronSlots(config.schedule.cron, timeZone), timeZone);
  const planDeps: PlanRunDeps = { store, content: deps.content, renderers: deps.renderers, maxStories: config.digest.maxStories, timeZone, logger };

  let stopping = false;
  // Every wait (rate limits, 429) ends early on stop(), and its timer is cleared so none lingers.
  const { sleep, wakeAll } = createWakeableSleep(() => stopping, deps.sleep);
  // The limiter's own timers are not cut short by stop(): command replies still wait their turn
  // while the bots finish; waiting digest parts are cancelled by wake() instead.
  const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const limiter = createRateLimiter(config.delivery, { now, sleep: deps.sleep ?? realSleep });
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };

  // One run at a time: two concurrent dispatch loops could send the same pending row twice.
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };

  const dispatchNow = (): Promise<DispatchCounts> =>
    dispatchOutbox({
      store, logger, now, sleep, limiter, senders: deps.senders, retry,
      retryAfterCapSeconds: config.delivery.retryAfterCapSeconds,
      stopping: () => stopping,
      ...(deps.concurrency === undefined ? {} : { concurrency: deps.concurrency }),
    });

  const scheduled = (label: string, at?: Date): Promise<RunReport> =>
    exclusive(async () => {
      const plan = planDue(planDeps, due, at ?? now());
      if (plan.queued > 0 || label === 'catch-up') logger.info({ ...plan, run: label }, 'scheduled planning');
      return { plan, dispatch: await dispatchNow() };
    });

  let tasks: ScheduledTask[] = [];
  const tick = async (label = 'tick'): Promise<void> => {
    try {
      await scheduled(label);
    } catch (error) {
      logger.error({ err: error }, 'scheduler tick failed; the next tick runs as usual');
    }
  };

  return {
    runDue: (at) => scheduled('due', at),
    catchUp: (at) => scheduled('catch-up', at),
    dispatch: () => exclusive(dispatchNow),
    publishNow: () =>
      exclusive(async (): Promise<PublishReport> => {
        const plan = planAll(planDeps, now());
        const sent = await dispatchNow();
        logger.info({ ...plan, sent: sent.sent }, 'publish now');
        return { queued: plan.queued, nothingNew: plan.nothingNew, sent: sent.sent };
      }),
    pendingCount: () => store.outbox.pendingCount(),
    lastDigestAt: () => store.schedule.lastDigestAt(),
    start() {
      if (tasks.length > 0) return;
      stopping = false;
      void tick('catch-up');
      tasks = [schedule('* * * * *', () => tick(), { timezone: timeZone, noOverlap: true, name: 'khabar-delivery' })];
      logger.info({ cron: config.schedule.cron, timezone: timeZone }, 'delivery scheduler started');
    },
    async stop(graceMs) {
      stopping = true;
      for (const task of tasks) await task.destroy();
      tasks = [];
      wakeAll();
      limiter.wake();
      if (graceMs === undefined) {
        await chain;
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([chain, grace]);
      clearTimeout(timer);
    },
    idle: () => chain.then(() => undefined),
    limiter,
  };
}
