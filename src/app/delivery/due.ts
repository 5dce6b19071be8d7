import type { Subscription } from '../ports/store-port.js';
import type { CronSlots } from './cron-slots.js';
import { localDate, previousDay, zonedTime } from '../../core/calendar/zoned-time.js';

export interface DueCalculator {
  /** The latest scheduled slot ≤ `now` of the subscription (cron or its own HH:MM), or null. */
  latestSlot(subscription: Subscription, now: Date): Date | null;
  /**
   * The slot the subscription should be planned for now, or null when it is not due. `lastSlot` is
   * the slot recorded at its last planning. Only the latest slot counts, so a bot that was down for
   * days catches up once, not once per missed day. A slot is due when it is later than both the
   * recorded slot and the subscription's creation (a new subscription waits for its next slot);
   * a subscription with its own time gets at most one scheduled digest per local day.
   */
  dueSlot(subscription: Subscription, lastSlot: Date | null, now: Date): Date | null;
}

/** `time === null` follows the configured cron; 'HH:MM' fires daily at that local time. */
export function createDueCalculator(cron: CronSlots, timeZone: string): DueCalculator {
  let cached: { minute: number; slot: Date | null } | null = null;
  const cronSlot = (now: Date): Date | null => {
    const minute = Math.floor(now.getTime() / 60_000);
    if (cached?.minute !== minute) cached = { minute, slot: cron.latestFire(now) };
    return cached.slot;
  };

  const latestSlot = (subscription: Subscription, now: Date): Date | null => {
    if (subscription.time === null) return cronSlot(now);
    const today = localDate(now, timeZone);
    const slot = zonedTime(today, subscription.time, timeZone);
    return slot.getTime() <= now.getTime() ? slot : zonedTime(previousDay(today), subscription.time, timeZone);
  };

  return {
    latestSlot,
    dueSlot: (subscription, lastSlot, now) => {
      const slot = latestSlot(subscription, now);
      if (slot === null) return null;
      const created = Date.parse(subscription.createdAt);
      if (Number.isFinite(created) && slot.getTime() < created) return null;
      if (lastSlot !== null && slot.getTime() <= lastSlot.getTime()) return null;
      if (subscription.time !== null && lastSlot !== null && localDate(lastSlot, timeZone) === localDate(slot, timeZone)) return null;
      return slot;
    },
  };
}
