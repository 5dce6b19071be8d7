import type { Database } from 'better-sqlite3';
import { toOutboxRow, type OutboxRecord } from './row-mapping.js';
import { guard, StoreError } from './store-errors.js';
import type { OutboxRepo } from '../../app/ports/outbox-port.js';

const UNDELIVERED = `status IN ('pending', 'parked')`;
const COLUMNS = `id, subscription_id, digest_id, part, payload, status, attempts, message_id, not_before, last_error, created_at, sent_at`;

/**
 * Due rows of active subscriptions. A subscription with any undelivered row still waiting for its
 * `not_before` is skipped as a whole, so a later part never overtakes an earlier one. Digests come
 * in the order they were enqueued (their first row id), parts in order inside a digest.
 */
const NEXT_PENDING = `
  WITH undelivered AS (
    SELECT o.*, MIN(o.id) OVER (PARTITION BY o.subscription_id, o.digest_id) AS digest_order
    FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id AND s.active = 1
    WHERE o.${UNDELIVERED} AND o.subscription_id > @after
  ),
  waiting AS (SELECT subscription_id FROM undelivered WHERE not_before > @now)
  SELECT ${COLUMNS} FROM undelivered
  WHERE subscription_id NOT IN (SELECT subscription_id FROM waiting)
  ORDER BY subscription_id, digest_order, part
  LIMIT @limit`;

/** The delivery outbox: one row per message part, keyed by (subscription, digest, part). */
export function createOutboxRepo(db: Database, now: () => Date): OutboxRepo {
  const subscription = db.prepare<[number], { active: number }>('SELECT active FROM subscriptions WHERE id = ?');
  const insert = db.prepare<{ subscriptionId: number; digestId: string; part: number; payload: string; at: string }>(
    `INSERT OR IGNORE INTO outbox (subscription_id, digest_id, part, payload, created_at)
     VALUES (@subscriptionId, @digestId, @part, @payload, @at)`,
  );
  const next = db.prepare<{ now: string; limit: number; after: number }, OutboxRecord>(NEXT_PENDING);
  const sent = db.prepare<{ id: number; messageId: string; at: string }>(
    `UPDATE outbox SET status = 'sent', message_id = @messageId, sent_at = @at, attempts = attempts + 1
     WHERE id = @id AND ${UNDELIVERED}`,
  );
  const attempt = db.prepare<{ id: number; error: string; retryAt: string | null }>(
    `UPDATE outbox SET attempts = attempts + 1, last_error = @error, not_before = COALESCE(@retryAt, not_before)
     WHERE id = @id AND ${UNDELIVERED}`,
  );
  const park = db.prepare<{ subscriptionId: number; until: string; reason: string }>(
    `UPDATE outbox SET status = 'parked', not_before = @until, last_error = @reason
     WHERE subscription_id = @subscriptionId AND ${UNDELIVERED}`,
  );
  const fail = db.prepare<{ id: number; error: string }>(
    `UPDATE outbox SET status = 'failed', last_error = @error WHERE id = @id AND ${UNDELIVERED}`,
  );
  const byId = db.prepare<[number], OutboxRecord>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`);
  const pending = db.prepare<[], { n: number }>(
    `SELECT COUNT(*) AS n FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id AND s.active = 1 WHERE o.${UNDELIVERED}`,
  );

  const enqueue = db.transaction((subscriptionId: number, digestId: string, parts: readonly string[]): number => {
    const owner = subscription.get(subscriptionId);
    if (owner === undefined) throw new StoreError('not-found', `no subscription with id ${subscriptionId}`);
    if (owner.active !== 1) return 0;
    const at = now().toISOString();
    return parts.reduce((added, payload, part) => added + insert.run({ subscriptionId, digestId, part, payload, at }).changes, 0);
  });

  return {
    enqueue: (subscriptionId, digestId, parts) =>
      guard('outbox.enqueue', () => {
        if (digestId.trim() === '') throw new StoreError('invalid-argument', 'digest id must not be empty');
        return enqueue.immediate(subscriptionId, digestId, parts);
      }),
    nextPending: (at, limit, afterSubscriptionId = 0) =>
      guard('outbox.nextPending', () => {
        if (!Number.isInteger(limit) || limit < 1) throw new StoreError('invalid-argument', `limit must be a positive integer, got ${limit}`);
        return next.all({ now: at.toISOString(), limit, after: afterSubscriptionId }).map(toOutboxRow);
      }),
    markSent: (rowId, messageId) =>
      guard('outbox.markSent', () => sent.run({ id: rowId, messageId: String(messageId), at: now().toISOString() }).changes > 0),
    markAttempt: (rowId, error, retryAt) =>
      guard('outbox.markAttempt', () => attempt.run({ id: rowId, error, retryAt: retryAt?.toISOString() ?? null }).changes > 0),
    park: (subscriptionId, until, reason) =>
      guard('outbox.park', () => park.run({ subscriptionId, until: until.toISOString(), reason }).changes),
    fail: (rowId, error) => guard('outbox.fail', () => fail.run({ id: rowId, error }).changes > 0),
    get: (rowId) =>
      guard('outbox.get', () => {
        const record = byId.get(rowId);
        return record === undefined ? null : toOutboxRow(record);
      }),
    pendingCount: () => guard('outbox.pendingCount', () => pending.get()?.n ?? 0),
  };
}
