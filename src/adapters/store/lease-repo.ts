import type { Database } from 'better-sqlite3';
import { guard } from './store-errors.js';
import type { LeaseClaim, LeaseHolder, LeaseRepo } from '../../app/ports/lease-port.js';

interface LeaseRow {
  host: string;
  pid: number;
  token: string;
  acquired_at: string;
  heartbeat_at: string;
  expires_at: string;
}

const toHolder = (row: LeaseRow): LeaseHolder => ({
  host: row.host,
  pid: row.pid,
  token: row.token,
  acquiredAt: row.acquired_at,
  heartbeatAt: row.heartbeat_at,
  expiresAt: row.expires_at,
});

/**
 * The instance lease: one row (id 1) in `instance_lease`. Taking it is one IMMEDIATE transaction
 * (read the holder, decide, write), so two processes starting at once cannot both win. Times are
 * ISO-8601 UTC strings. The table is created on first use rather than by a migration: it holds no
 * data worth migrating, an older khabar can still open the database, and a store that never takes
 * the lease (tests, the CLI) never creates it.
 */
export function createLeaseRepo(db: Database, now: () => Date, transaction: <T>(fn: () => T) => T): LeaseRepo {
  const read = (): LeaseRow | undefined => db.prepare<[], LeaseRow>('SELECT host, pid, token, acquired_at, heartbeat_at, expires_at FROM instance_lease WHERE id = 1').get();
  const expiry = (ttlMs: number): { at: string; until: string } => {
    const at = now();
    return { at: at.toISOString(), until: new Date(at.getTime() + ttlMs).toISOString() };
  };
  const ensureTable = (): void => {
    db.exec(`CREATE TABLE IF NOT EXISTS instance_lease (
      id INTEGER PRIMARY KEY CHECK (id = 1), host TEXT NOT NULL, pid INTEGER NOT NULL, token TEXT NOT NULL,
      acquired_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL, expires_at TEXT NOT NULL)`);
  };
  const exists = (): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'instance_lease'").get() !== undefined;
  return {
    acquire: (self, ttlMs, takeOver) =>
      guard('lease.acquire', () =>
        transaction((): LeaseClaim => {
          ensureTable();
          const row = read();
          const { at, until } = expiry(ttlMs);
          const previous = row ? toHolder(row) : null;
          if (previous && previous.token !== self.token && previous.expiresAt > at && !takeOver(previous)) return { ok: false, holder: previous };
          db.prepare(
            `INSERT INTO instance_lease (id, host, pid, token, acquired_at, heartbeat_at, expires_at) VALUES (1, @host, @pid, @token, @at, @at, @until)
             ON CONFLICT (id) DO UPDATE SET host = @host, pid = @pid, token = @token, acquired_at = @at, heartbeat_at = @at, expires_at = @until`,
          ).run({ ...self, at, until });
          return { ok: true, previous };
        }),
      ),
    renew: (token, ttlMs) =>
      guard('lease.renew', () => {
        const { at, until } = expiry(ttlMs);
        return exists() && db.prepare('UPDATE instance_lease SET heartbeat_at = ?, expires_at = ? WHERE id = 1 AND token = ?').run(at, until, token).changes > 0;
      }),
    release: (token) =>
      guard('lease.release', () => {
        if (exists()) db.prepare('DELETE FROM instance_lease WHERE id = 1 AND token = ?').run(token);
      }),
    current: () => guard('lease.current', () => {
      const row = exists() ? read() : undefined;
      return row ? toHolder(row) : null;
    }),
  };
}
