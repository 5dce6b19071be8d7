import type { Sender } from '../ports/sender-port.js';
import type { OutboxRow } from '../ports/outbox-port.js';
import type { Platform, Store } from '../ports/store-port.js';

/** The due rows of one subscription, in send order (digest, then part). */
export interface Lane {
  subscriptionId: number;
  rows: OutboxRow[];
}

export interface LaneSource {
  /** The next lane of this sweep, or null when the outbox has no more (or could not be read). */
  next(): Lane | null;
  /** Rows handed out so far. */
  readonly rows: number;
  /** The store failed while reading: the sweep ends, the next tick tries again. */
  readonly failed: unknown;
}

/**
 * One sweep through the due outbox, a page at a time, by ascending subscription id: each
 * subscription comes once, with every due row it had when its page was read. Rows of platforms
 * without a sender stay pending (not failed) and are skipped.
 */
export function outboxLanes(
  store: Store,
  senders: Partial<Record<Platform, Sender>>,
  now: () => Date,
  pageSize: number,
): LaneSource {
  const platformOf = new Map<number, Platform | null>();
  const sendable = (subscriptionId: number): boolean => {
    if (!platformOf.has(subscriptionId)) platformOf.set(subscriptionId, store.subscriptions.getById(subscriptionId)?.platform ?? null);
    const platform = platformOf.get(subscriptionId);
    return platform !== null && platform !== undefined && senders[platform] !== undefined;
  };
  const queued: Lane[] = [];
  let cursor = 0;
  let done = false;
  let rows = 0;
  let failed: unknown = undefined;

  /** Reads pages until one yields a sendable lane or the outbox ends. */
  const fill = (): void => {
    while (queued.length === 0 && !done) {
      let page: OutboxRow[];
      try {
        page = store.outbox.nextPending(now(), pageSize, cursor);
      } catch (error) {
        failed = error;
        done = true;
        return;
      }
      if (page.length === 0) {
        done = true;
        return;
      }
      // A full page may have cut its last subscription short: that one starts the next page instead,
      // unless it is the only subscription of the page (then the next sweep sends the rest).
      const last = (page.at(-1) as OutboxRow).subscriptionId;
      const whole = page.length < pageSize || page[0]?.subscriptionId === last ? page : page.filter((r) => r.subscriptionId !== last);
      if (page.length < pageSize) done = true;
      for (const row of whole) {
        const lane = queued.at(-1);
        if (lane?.subscriptionId === row.subscriptionId) lane.rows.push(row);
        else queued.push({ subscriptionId: row.subscriptionId, rows: [row] });
      }
      cursor = (whole.at(-1) as OutboxRow).subscriptionId;
      for (let i = queued.length - 1; i >= 0; i--) if (!sendable((queued[i] as Lane).subscriptionId)) queued.splice(i, 1);
    }
  };

  return {
    next() {
      fill();
      const lane = queued.shift() ?? null;
      if (lane !== null) rows += lane.rows.length;
      return lane;
    },
    get rows() {
      return rows;
    },
    get failed() {
      return failed;
    },
  };
}
