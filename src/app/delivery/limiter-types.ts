import type { ChatKind, Platform } from '../ports/store-port.js';

/** What the delivery rate limiter promises and needs (implemented in rate-limiter.ts). */

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
