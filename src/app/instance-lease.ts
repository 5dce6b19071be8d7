import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { LeaseHolder, LeaseRepo } from './ports/lease-port.js';

/** How long a lease lives without a heartbeat, and how often the holder renews it. */
export const LEASE_TTL_MS = 60_000;
const HEARTBEATS_PER_TTL = 4;

/** Another khabar holds the database: this one must not start. */
export class LeaseHeldError extends Error {
  override name = 'LeaseHeldError';
  constructor(
    readonly holder: LeaseHolder,
    databasePath: string,
    now: Date,
  ) {
    const seen = Math.max(0, Math.round((now.getTime() - Date.parse(holder.heartbeatAt)) / 1000));
    super(
      `another khabar is running on ${databasePath}: ${holder.host}:${holder.pid} (last heartbeat ${seen} s ago); ` +
        `stop it first. If it died, its lease expires at ${holder.expiresAt} and the next start takes over`,
    );
  }
}

export interface LeaseOptions {
  databasePath: string;
  logger: Logger;
  now: () => Date;
  ttlMs?: number;
  /** Called once when a heartbeat finds the lease taken over by another instance. */
  onLost: (holder: LeaseHolder | null) => void;
  /** For tests: this process's identity and the liveness check of a pid on this host. */
  self?: { host: string; pid: number };
  isAlive?: (pid: number) => boolean;
}

export interface InstanceLease {
  owner: string;
  /** Stops the heartbeat and gives the lease up (graceful stop). */
  release(): void;
}

/** True when a process with this pid exists on this host (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the database's instance lease (owner host:pid plus a random token) or throws
 * LeaseHeldError naming the holder. A holder whose lease expired is taken over; so is one on this
 * host whose process is gone (kill -9, a crash) or that has this very pid (a restarted container
 * is pid 1 again): waiting out its expiry would only delay the restart. The heartbeat renews the
 * lease every ttl/4; if it finds the lease taken, `onLost` is called and the heartbeat stops.
 */
export function takeInstanceLease(repo: LeaseRepo, options: LeaseOptions): InstanceLease {
  const ttlMs = options.ttlMs ?? LEASE_TTL_MS;
  const self = { ...(options.self ?? { host: hostname(), pid: process.pid }), token: randomBytes(8).toString('hex') };
  const isAlive = options.isAlive ?? pidAlive;
  const gone = (holder: LeaseHolder): boolean => holder.host === self.host && (holder.pid === self.pid || !isAlive(holder.pid));
  const claim = repo.acquire(self, ttlMs, gone);
  if (!claim.ok) throw new LeaseHeldError(claim.holder, options.databasePath, options.now());
  const owner = `${self.host}:${self.pid}`;
  if (claim.previous) {
    options.logger.warn({ previous: `${claim.previous.host}:${claim.previous.pid}`, expiresAt: claim.previous.expiresAt }, 'took over the lease of an instance that is gone');
  }
  options.logger.debug({ owner, ttlMs }, 'instance lease taken');
  const timer = setInterval(() => {
    let renewed = false;
    try {
      renewed = repo.renew(self.token, ttlMs);
    } catch (error) {
      options.logger.warn({ err: error }, 'lease heartbeat failed; retrying');
      return;
    }
    if (renewed) return;
    clearInterval(timer);
    let holder: ReturnType<typeof repo.current> = null;
    try {
      holder = repo.current();
    } catch (error) {
      options.logger.warn({ err: error }, 'could not read the lease holder');
    }
    options.logger.error({ holder: holder ? `${holder.host}:${holder.pid}` : null }, 'the instance lease was taken over by another khabar; stopping');
    options.onLost(holder);
  }, Math.max(10, Math.floor(ttlMs / HEARTBEATS_PER_TTL)));
  timer.unref();
  return {
    owner,
    release() {
      clearInterval(timer);
      try {
        repo.release(self.token);
      } catch (error) {
        options.logger.warn({ err: error }, 'could not release the instance lease; it expires on its own');
      }
    },
  };
}
