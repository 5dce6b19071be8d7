/** The outbox of rendered message parts awaiting delivery, as the store keeps it. */

export const OUTBOX_STATUSES = ['pending', 'sent', 'parked', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxRow {
  id: number;
  subscriptionId: number;
  digestId: string;
  /** 0-based index of the message part inside its digest. */
  part: number;
  /** The rendered part, exactly as enqueued (the store does not interpret it). */
  payload: string;
  status: OutboxStatus;
  attempts: number;
  /** Platform message id once sent. */
  messageId: string | null;
  /** ISO time before which the row must not be sent (429 parking, retry back-off). */
  notBefore: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxRepo {
  /** Inserts one row per part; re-enqueueing the same digest inserts nothing. Returns rows inserted. */
  enqueue(subscriptionId: number, digestId: string, parts: readonly string[]): number;
  /**
   * Due rows of active subscriptions, ordered by subscription, digest (enqueue order), part; only
   * subscriptions with an id above `afterSubscriptionId` when given (paging through the outbox).
   */
  nextPending(now: Date, limit: number, afterSubscriptionId?: number): OutboxRow[];
  /** Call right after the API call returns; false if the row was not pending (never overwrites). */
  markSent(rowId: number, messageId: string | number): boolean;
  /** A failed try that may be retried; `retryAt` delays the whole subscription until then. */
  markAttempt(rowId: number, error: string, retryAt?: Date): boolean;
  /** Parks every undelivered row of a subscription until `until`; returns rows parked. */
  park(subscriptionId: number, until: Date, reason: string): number;
  /** Gives up on a row for good. */
  fail(rowId: number, error: string): boolean;
  get(rowId: number): OutboxRow | null;
  /** Undelivered rows (pending or parked) of active subscriptions. */
  pendingCount(): number;
}
