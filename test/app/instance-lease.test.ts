import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/open-store.js';
import { LeaseHeldError, takeInstanceLease, type InstanceLease } from '../../src/app/instance-lease.js';
import type { Store } from '../../src/app/ports/store-port.js';

const T0 = new Date('2024-06-20T06:00:00Z');
const TTL = 60_000;
const opened: Store[] = [];
const leases: InstanceLease[] = [];
afterEach(() => {
  for (const lease of leases.splice(0)) lease.release();
  for (const store of opened.splice(0)) store.close();
});

/** Two stores on one database file, each with its own clock (two processes). */
function database(): { open: (clock: () => Date) => Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'khabar-lease-')), 'khabar.db');
  return {
    path,
    open: (clock) => {
      const store = openStore(path, { now: clock });
      opened.push(store);
      return store;
    },
  };
}

function take(store: Store, self: { host: string; pid: number }, now: Date, alive: number[] = [], onLost: () => void = () => undefined): InstanceLease {
  const lease = takeInstanceLease(store.lease, {
    databasePath: 'db/khabar.db', logger: pino({ level: 'silent' }), now: () => now, ttlMs: TTL, onLost, self, isAlive: (pid) => alive.includes(pid),
  });
  leases.push(lease);
  return lease;
}

describe('instance lease: one khabar per database', () => {
  it.each([
    ['another host, lease fresh', { host: 'b', pid: 20 }, 30_000, [], false],
    ['this host, holder alive', { host: 'a', pid: 20 }, 30_000, [10], false],
    ['another host, lease expired', { host: 'b', pid: 20 }, TTL + 1, [], true],
    ['this host, holder process gone (kill -9)', { host: 'a', pid: 20 }, 1_000, [], true],
    ['this host, same pid, another start (a restarted container is pid 1 again)', { host: 'a', pid: 10 }, 1_000, [10], true],
  ] as const)('%s', (_name, second, laterMs, alive, takesOver) => {
    const db = database();
    const first = db.open(() => T0);
    take(first, { host: 'a', pid: 10 }, T0);
    const at = new Date(T0.getTime() + laterMs);
    const other = db.open(() => at);
    if (takesOver) {
      expect(take(other, second, at, [...alive]).owner).toBe(`${second.host}:${second.pid}`);
      expect(other.lease.current()).toMatchObject({ host: second.host, pid: second.pid, expiresAt: new Date(at.getTime() + TTL).toISOString() });
    } else {
      expect(() => take(other, second, at, [...alive])).toThrow(LeaseHeldError);
      expect(() => take(other, second, at, [...alive])).toThrow(/^another khabar is running on db\/khabar\.db: a:10 \(last heartbeat 30 s ago\); stop it first/);
      expect(other.lease.current()).toMatchObject({ host: 'a', pid: 10 });
    }
  });

  it('release on a graceful stop frees the database at once', () => {
    const db = database();
    const store = db.open(() => T0);
    take(store, { host: 'a', pid: 10 }, T0).release();
    expect(store.lease.current()).toBeNull();
    expect(take(db.open(() => T0), { host: 'b', pid: 20 }, T0).owner).toBe('b:20');
  });

  it('a heartbeat that finds its lease taken over calls onLost once', async () => {
    const db = database();
    let now = T0;
    const store = db.open(() => now);
    let lost = 0;
    takeInstanceLease(store.lease, {
      databasePath: db.path, logger: pino({ level: 'silent' }), now: () => now, ttlMs: 80, onLost: () => void lost++, self: { host: 'a', pid: 10 }, isAlive: () => true,
    });
    now = new Date(T0.getTime() + 10_000); // frozen past the expiry: another host takes over
    take(db.open(() => now), { host: 'b', pid: 20 }, now);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(lost).toBe(1);
    expect(store.lease.current()).toMatchObject({ host: 'b', pid: 20 });
  });
});
