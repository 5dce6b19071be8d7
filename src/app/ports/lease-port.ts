/** The running instance's claim on the database (one instance per database). */
export interface LeaseHolder {
  host: string;
  pid: number;
  /** Random per start, so a restarted process with the same host:pid is told apart. */
  token: string;
  acquiredAt: string;
  heartbeatAt: string;
  expiresAt: string;
}

export type LeaseClaim = { ok: true; previous: LeaseHolder | null } | { ok: false; holder: LeaseHolder };

export interface LeaseRepo {
  /**
   * Takes the lease (atomically) when nobody holds it, the holder's lease has expired, or
   * `takeOver(holder)` says the holder is gone; otherwise returns the holder, untouched.
   */
  acquire(self: Pick<LeaseHolder, 'host' | 'pid' | 'token'>, ttlMs: number, takeOver: (holder: LeaseHolder) => boolean): LeaseClaim;
  /** Extends the lease; false when `token` no longer holds it (it expired and was taken over). */
  renew(token: string, ttlMs: number): boolean;
  /** Gives the lease up if `token` holds it. */
  release(token: string): void;
  current(): LeaseHolder | null;
}
