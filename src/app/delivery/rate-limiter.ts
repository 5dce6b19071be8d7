import type { ChatKind, Platform } from '../ports/store-port.js';
import { SlidingWindow } from './sliding-window.js';

export interface RateLimits {
  /** Minimum spacing between two messages to one chat (≈1 msg/s on Telegram); 0 = none. */
  perChatIntervalMs: number;
  /** At most this many messages per minute to one group or channel. */
  perGroupPerMinute: number;
  /** At most this many messages per second overall, per platform. */
  globalPerSecond: number;
}

/** What the limiter needs to know about a chat (a Subscription is one). */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  kind: ChatKind;
}

export interface AcquireOptions {
  /** 'reply' (a command answer) is granted before any waiting 'digest' part of the same platform. */
  priority?: 'reply' | 'digest';
  /** Checked whenever waiters are re-examined; when true the wait ends with false. */
  cancelled?: () => boolean;
}

export interface RateLimiter {
  /**
   * Waits until a message to this chat is allowed, then counts it and resolves true; resolves false
   * without counting when `cancelled()` turns true while waiting. A chat waiting for its own gap
   * (or a 429 pause) holds only itself: other chats are granted meanwhile, replies first.
   */
  acquire(chat: ChatRef, options?: AcquireOptions): Promise<boolean>;
  /** Milliseconds until a message to this chat would be allowed (0 = now). */
  waitMs(chat: ChatRef): number;
  /**
   * The platform answered the message just sent to this chat: its gaps count from now, so the
   * server sees them in full whatever the network delay of either message.
   */
  settle(chat: ChatRef): void;
  /** A 429 for this chat: nothing more to it for `ms`. */
  pause(chat: ChatRef, ms: number): void;
  /** Re-examines the waiters now (after a stop, cancelled ones resolve false at once). */
  wake(): void;
}

export interface LimiterClock {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

/** Groups, supergroups and channels: any non-private chat, and negative Telegram chat ids. */
export function isGroupChat(chat: ChatRef): boolean {
  return chat.kind !== 'private' || (chat.platform === 'telegram' && chat.chatId.startsWith('-'));
}

/** Slices of a second the global rate is spread over, so a full second is never one burst. */
const SLICES = 4;
const PRUNE_AT = 1000;

interface Waiter {
  chat: ChatRef;
  cancelled: () => boolean;
  resolve: (granted: boolean) => void;
}

/**
 * Per-chat spacing, per-group per-minute and per-platform global limits over an injectable clock,
 * with one queue of waiters examined in order (replies, then digest parts, each first come first
 * served) whenever a limit may have freed up.
 */
export function createRateLimiter(limits: RateLimits, clock: LimiterClock): RateLimiter {
  const perSecond = Math.max(1, limits.globalPerSecond);
  const globals = new Map<Platform, SlidingWindow[]>();
  const chats = new Map<string, SlidingWindow>();
  const groups = new Map<string, SlidingWindow>();
  const pausedUntil = new Map<string, number>();
  const queues = { reply: [] as Waiter[], digest: [] as Waiter[] };
  let wakeAt: number | null = null;

  const keyOf = (chat: ChatRef): string => `${chat.platform}:${chat.chatId}`;
  const get = <T>(map: Map<string, T>, key: string, make: () => T): T => {
    let found = map.get(key);
    if (found === undefined) map.set(key, (found = make()));
    return found;
  };
  const globalFor = (platform: Platform): SlidingWindow[] => {
    let windows = globals.get(platform);
    if (windows === undefined) {
      windows = [new SlidingWindow(perSecond, 1000), new SlidingWindow(Math.ceil(perSecond / SLICES), 1000 / SLICES)];
      globals.set(platform, windows);
    }
    return windows;
  };
  const chatWindows = (chat: ChatRef): SlidingWindow[] => {
    const key = keyOf(chat);
    const windows: SlidingWindow[] = [];
    if (limits.perChatIntervalMs > 0) windows.push(get(chats, key, () => new SlidingWindow(1, limits.perChatIntervalMs)));
    if (isGroupChat(chat)) windows.push(get(groups, key, () => new SlidingWindow(Math.max(1, limits.perGroupPerMinute), 60_000)));
    return windows;
  };
  const chatWait = (chat: ChatRef, now: number): number =>
    Math.max(0, (pausedUntil.get(keyOf(chat)) ?? 0) - now, ...chatWindows(chat).map((w) => w.waitMs(now)));
  const globalWait = (platform: Platform, now: number): number => Math.max(0, ...globalFor(platform).map((w) => w.waitMs(now)));
  const prune = (now: number): void => {
    for (const map of [chats, groups]) {
      if (map.size >= PRUNE_AT) for (const [key, window] of map) if (window.idle(now)) map.delete(key);
    }
    if (pausedUntil.size >= PRUNE_AT) for (const [key, until] of pausedUntil) if (until <= now) pausedUntil.delete(key);
  };
  const record = (chat: ChatRef, now: number): void => {
    prune(now);
    for (const window of [...globalFor(chat.platform), ...chatWindows(chat)]) window.record(now);
  };

  /** Grants every waiter that may go now, in queue order; schedules the next look when some wait. */
  const pump = (): void => {
    const now = clock.now().getTime();
    let next = Infinity;
    for (const queue of [queues.reply, queues.digest]) {
      let kept = 0;
      for (const waiter of queue) {
        if (waiter.cancelled()) {
          waiter.resolve(false);
          continue;
        }
        const wait = Math.max(chatWait(waiter.chat, now), globalWait(waiter.chat.platform, now));
        if (wait === 0) {
          record(waiter.chat, now);
          waiter.resolve(true);
          continue;
        }
        next = Math.min(next, wait);
        queue[kept++] = waiter;
      }
      queue.length = kept;
    }
    if (next !== Infinity) schedule(now, next);
  };
  const schedule = (now: number, ms: number): void => {
    const at = now + ms;
    if (wakeAt !== null && wakeAt <= at && wakeAt > now) return;
    wakeAt = at;
    void clock.sleep(ms).then(() => {
      if (wakeAt === at) wakeAt = null;
      pump();
    });
  };

  return {
    waitMs(chat) {
      const now = clock.now().getTime();
      return Math.max(chatWait(chat, now), globalWait(chat.platform, now));
    },
    acquire(chat, options = {}) {
      const cancelled = options.cancelled ?? (() => false);
      return new Promise<boolean>((resolve) => {
        queues[options.priority ?? 'digest'].push({ chat, cancelled, resolve });
        pump();
      });
    },
    settle(chat) {
      const now = clock.now().getTime();
      for (const window of chatWindows(chat)) window.touchLast(now);
    },
    pause(chat, ms) {
      const until = clock.now().getTime() + ms;
      const key = keyOf(chat);
      pausedUntil.set(key, Math.max(until, pausedUntil.get(key) ?? 0));
    },
    wake: pump,
  };
}
