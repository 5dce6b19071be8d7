import type { Subscription } from '../ports/store-port.js';

export interface RateLimits {
  /** Minimum spacing between two messages to one chat (≈1 msg/s on Telegram); 0 = none. */
  perChatIntervalMs: number;
  /** At most this many messages per minute to one group or channel. */
  perGroupPerMinute: number;
  /** At most this many messages per second overall. */
  globalPerSecond: number;
}

export interface RateLimiter {
  /**
   * Waits (through the injected sleep) until a message to this chat is allowed, then counts it and
   * returns true; returns false without counting when `cancelled()` turns true while waiting.
   */
  acquire(subscription: Subscription, cancelled?: () => boolean): Promise<boolean>;
  /** Milliseconds until a message to this chat would be allowed (0 = now). */
  waitMs(subscription: Subscription): number;
}

export interface LimiterClock {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

/**
 * A sliding-window counter: at most `limit` events in any `windowMs`. Stricter than a token bucket
 * (which lets a full bucket burst on top of the refill): N per minute really means N in any minute.
 */
class Window {
  private readonly times: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  waitMs(now: number): number {
    while (this.times.length > 0 && (this.times[0] as number) <= now - this.windowMs) this.times.shift();
    return this.times.length < this.limit ? 0 : (this.times[0] as number) + this.windowMs - now;
  }

  record(now: number): void {
    this.times.push(now);
  }

  idleSince(now: number): boolean {
    return this.waitMs(now) === 0 && this.times.length === 0;
  }
}

/** Groups, supergroups and channels: any non-private chat, and negative Telegram chat ids. */
export function isGroupChat(subscription: Subscription): boolean {
  return subscription.kind !== 'private' || (subscription.platform === 'telegram' && subscription.chatId.startsWith('-'));
}

const PRUNE_AT = 1000;

/** Per-chat spacing, per-group per-minute and global per-second limits over an injectable clock. */
export function createRateLimiter(limits: RateLimits, clock: LimiterClock): RateLimiter {
  const global = new Window(Math.max(1, limits.globalPerSecond), 1000);
  const chats = new Map<string, Window>();
  const groups = new Map<string, Window>();
  const windowOf = (map: Map<string, Window>, key: string, make: () => Window): Window => {
    let window = map.get(key);
    if (window === undefined) {
      window = make();
      map.set(key, window);
    }
    return window;
  };
  const prune = (map: Map<string, Window>, now: number): void => {
    if (map.size < PRUNE_AT) return;
    for (const [key, window] of map) if (window.idleSince(now)) map.delete(key);
  };
  const windowsFor = (subscription: Subscription): Window[] => {
    const key = `${subscription.platform}:${subscription.chatId}`;
    const windows = [global];
    if (limits.perChatIntervalMs > 0) windows.push(windowOf(chats, key, () => new Window(1, limits.perChatIntervalMs)));
    if (isGroupChat(subscription)) windows.push(windowOf(groups, key, () => new Window(Math.max(1, limits.perGroupPerMinute), 60_000)));
    return windows;
  };
  const waitMs = (subscription: Subscription): number => {
    const now = clock.now().getTime();
    return Math.max(0, ...windowsFor(subscription).map((window) => window.waitMs(now)));
  };

  return {
    waitMs,
    async acquire(subscription, cancelled = () => false) {
      for (let wait = waitMs(subscription); wait > 0; wait = waitMs(subscription)) {
        await clock.sleep(wait);
        if (cancelled()) return false;
      }
      const now = clock.now().getTime();
      prune(chats, now);
      prune(groups, now);
      for (const window of windowsFor(subscription)) window.record(now);
      return true;
    },
  };
}
