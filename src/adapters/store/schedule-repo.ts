import type { Database } from 'better-sqlite3';
import { guard } from './store-errors.js';
import type { ScheduleRepo } from '../../app/ports/store-port.js';

const toDate = (iso: string | null | undefined): Date | null => (iso === null || iso === undefined ? null : new Date(iso));

/**
 * Schedule bookkeeping kept on the subscription row (migration 2). Times are ISO-8601 UTC strings,
 * which compare correctly as text, so "later than" is a plain string comparison in SQL.
 */
export function createScheduleRepo(db: Database): ScheduleRepo {
  const slotOf = db.prepare<[number], { last_slot_at: string | null }>('SELECT last_slot_at FROM subscriptions WHERE id = ?');
  const claim = db.prepare<{ id: number; slot: string }>(
    `UPDATE subscriptions SET last_slot_at = @slot
     WHERE id = @id AND (last_slot_at IS NULL OR last_slot_at < @slot)`,
  );
  const digest = db.prepare<{ id: number; at: string }>(
    `UPDATE subscriptions SET last_digest_at = @at
     WHERE id = @id AND (last_digest_at IS NULL OR last_digest_at < @at)`,
  );
  const latest = db.prepare<[], { at: string | null }>('SELECT MAX(last_digest_at) AS at FROM subscriptions');

  return {
    lastSlot: (subscriptionId) => guard('schedule.lastSlot', () => toDate(slotOf.get(subscriptionId)?.last_slot_at)),
    recordSlot: (subscriptionId, slot) =>
      guard('schedule.recordSlot', () => claim.run({ id: subscriptionId, slot: slot.toISOString() }).changes > 0),
    recordDigest: (subscriptionId, at) =>
      guard('schedule.recordDigest', () => {
        digest.run({ id: subscriptionId, at: at.toISOString() });
      }),
    lastDigestAt: () => guard('schedule.lastDigestAt', () => toDate(latest.get()?.at)),
  };
}
