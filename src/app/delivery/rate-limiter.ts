import type { Platform } from '../ports/store-port.js';
import { isGroupChat, type ChatRef, type LimiterClock, type RateLimiter, type RateLimits } from './limiter-types.js';
import { SlidingWindow } from './sliding-window.js';

export { isGroupChat, type AcquireOptions, type ChatRef, type LimiterClock, type RateLimiter, type RateLimits } from './limiter-types.js';

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
  // Monotonic time: the clock, but never behind a deadline already slept to (a clock set back, or a
  // test's frozen clock with instant sleeps, must not keep a wait from ending).
  let latest = -Infinity;
  const nowMs = (): number => (latest = Math.max(latest, clock.now().getTime()));

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
    const now = nowMs();
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
      latest = Math.max(latest, at);
      if (wakeAt === at) wakeAt = null;
      pump();
    });
  };

  return {
    waitMs(chat) {
      const now = nowMs();
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
      const now = nowMs();
      for (const window of chatWindows(chat)) window.touchLast(now);
    },
    pause(chat, ms) {
      const until = nowMs() + ms;
      const key = keyOf(chat);
      pausedUntil.set(key, Math.max(until, pausedUntil.get(key) ?? 0));
    },
    wake: pump,
  };
}
