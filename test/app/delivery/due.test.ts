import { describe, expect, it } from 'vitest';
import { createCronSlots } from '../../../src/app/delivery/cron-slots.js';
import { createDueCalculator } from '../../../src/app/delivery/due.js';
import type { Subscription } from '../../../src/app/ports/store-port.js';

const KOLKATA = 'Asia/Kolkata';
const due = createDueCalculator(createCronSlots('0 8 * * *', KOLKATA), KOLKATA);

function sub(time: string | null, createdAt = '2025-03-01T00:00:00.000Z'): Subscription {
  return {
    id: 1, platform: 'telegram', chatId: '42', kind: 'private', language: 'both', time,
    active: true, deactivatedReason: null, createdAt, updatedAt: createdAt,
  };
}

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

describe('due slots', () => {
  it('follows the configured cron when the subscription has no time', () => {
    expect(iso(due.dueSlot(sub(null), at('2025-03-13T02:30:00Z'), at('2025-03-14T02:29:00Z')))).toBeNull();
    expect(iso(due.dueSlot(sub(null), at('2025-03-13T02:30:00Z'), at('2025-03-14T02:30:00Z')))).toBe('2025-03-14T02:30:00.000Z');
  });

  it('never plans the same slot twice', () => {
    expect(due.dueSlot(sub(null), at('2025-03-14T02:30:00Z'), at('2025-03-14T02:31:00Z'))).toBeNull();
    expect(due.dueSlot(sub(null), at('2025-03-14T02:30:00Z'), at('2025-03-14T23:00:00Z'))).toBeNull();
  });

  it('catches up once, on the latest missed slot, after days down', () => {
    const lastSlot = at('2025-03-10T02:30:00Z');
    expect(iso(due.dueSlot(sub(null), lastSlot, at('2025-03-14T05:00:00Z')))).toBe('2025-03-14T02:30:00.000Z');
    expect(iso(due.dueSlot(sub(null), lastSlot, at('2025-03-14T01:00:00Z')))).toBe('2025-03-13T02:30:00.000Z');
  });

  it.each([
    // [time, last planned slot, now (UTC), expected slot]
    ['06:45', '2025-03-13T01:15:00Z', '2025-03-14T01:14:00Z', null],
    ['06:45', '2025-03-13T01:15:00Z', '2025-03-14T01:15:00Z', '2025-03-14T01:15:00.000Z'],
    ['06:45', '2025-03-10T01:15:00Z', '2025-03-14T01:14:00Z', '2025-03-13T01:15:00.000Z'],
    ['21:30', '2025-03-13T01:15:00Z', '2025-03-14T16:00:00Z', '2025-03-14T16:00:00.000Z'],
    ['00:00', '2025-03-13T01:15:00Z', '2025-03-13T18:30:00Z', '2025-03-13T18:30:00.000Z'],
    ['23:59', '2025-03-12T18:29:00Z', '2025-03-14T10:00:00Z', '2025-03-13T18:29:00.000Z'],
  ])('a subscription with its own time %s (Asia/Kolkata), last planned %s, at %s is due for %s', (time, last, now, expected) => {
    expect(iso(due.dueSlot(sub(time), at(last), at(now)))).toBe(expected);
  });

  it('gives a subscription with its own time at most one scheduled digest per local day', () => {
    // Got the 08:00 digest by cron, then /time 20:00 the same day: next digest tomorrow 20:00.
    const lastSlot = at('2025-03-14T02:30:00Z');
    expect(due.dueSlot(sub('20:00'), lastSlot, at('2025-03-14T15:00:00Z'))).toBeNull();
    expect(iso(due.dueSlot(sub('20:00'), lastSlot, at('2025-03-15T14:30:00Z')))).toBe('2025-03-15T14:30:00.000Z');
  });

  it('lets a new subscription wait for its next slot', () => {
    const fresh = sub(null, '2025-03-14T05:00:00.000Z');
    expect(due.dueSlot(fresh, null, at('2025-03-14T06:00:00Z'))).toBeNull();
    expect(iso(due.dueSlot(fresh, null, at('2025-03-15T02:30:00Z')))).toBe('2025-03-15T02:30:00.000Z');
    expect(iso(due.dueSlot(sub(null, '2025-03-14T02:29:30.000Z'), null, at('2025-03-14T02:30:00Z')))).toBe('2025-03-14T02:30:00.000Z');
  });
});
