/** Domain types and repository interfaces of the persistent store (no SQL leaks past this file). */
import type { LeaseRepo } from './lease-port.js';
import type { OutboxRepo } from './outbox-port.js';
import type { TranslationCache } from './translation-port.js';

export const PLATFORMS = ['telegram', 'discord'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CHAT_KINDS = ['private', 'group', 'channel', 'guild-channel'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export const LANGUAGES = ['both', 'hi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Subscription {
  id: number;
  platform: Platform;
  /** Platform chat id as text (Telegram ids exceed 2^31 and may be negative). */
  chatId: string;
  kind: ChatKind;
  language: Language;
  /** Local delivery time 'HH:MM' in the configured timezone; null = the configured default. */
  time: string | null;
  active: boolean;
  /** Why it was last deactivated ('unsubscribed', 'blocked', ...); null while active. */
  deactivatedReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SubscribeResult {
  subscription: Subscription;
  /** True when the chat was not subscribed before (a new row or a re-activated one). */
  created: boolean;
  /** True when an existing inactive row was re-activated. */
  reactivated: boolean;
}

export interface SubscriptionsRepo {
  subscribe(platform: Platform, chatId: string, kind: ChatKind): SubscribeResult;
  /** Deactivates the chat's subscription; false when it was not active. */
  unsubscribe(platform: Platform, chatId: string): boolean;
  /** Null when the chat has no subscription row. */
  setLanguage(platform: Platform, chatId: string, language: Language): Subscription | null;
  /** `time` is 'HH:MM' (00:00–23:59) or null for the configured default. */
  setTime(platform: Platform, chatId: string, time: string | null): Subscription | null;
  /** Deactivates (e.g. 403 blocked) and cancels its undelivered outbox rows; false when not active. */
  deactivate(id: number, reason: string): boolean;
  /** Moves a chat to its new id (Telegram migrate_to_chat_id), merging into an existing row. */
  migrateChat(platform: Platform, oldChatId: string, newChatId: string): Subscription | null;
  get(platform: Platform, chatId: string): Subscription | null;
  getById(id: number): Subscription | null;
  listActive(platform?: Platform): Subscription[];
  count(): { active: number; total: number };
}

export interface SentRepo {
  /** Records articles as sent to a subscription; returns how many were new. Idempotent. */
  markSent(subscriptionId: number, articleIds: readonly string[], digestId: string): number;
  sentArticleIds(subscriptionId: number): Set<string>;
}

/** Scheduler bookkeeping per subscription (which scheduled slot was planned last). */
export interface ScheduleRepo {
  /** The last scheduled slot planned for the subscription; null when none yet (or unknown id). */
  lastSlot(subscriptionId: number): Date | null;
  /**
   * Claims `slot` for the subscription: records it and returns true when it is later than the
   * recorded one, false when that slot (or a later one) was planned already. Never moves backwards.
   */
  recordSlot(subscriptionId: number, slot: Date): boolean;
  /** Records when a digest was queued for the subscription. */
  recordDigest(subscriptionId: number, at: Date): void;
  /** The latest `recordDigest` time over all subscriptions, or null. */
  lastDigestAt(): Date | null;
}

export interface Store {
  readonly subscriptions: SubscriptionsRepo;
  /** One instance per database. */
  readonly lease: LeaseRepo;
  readonly sent: SentRepo;
  readonly outbox: OutboxRepo;
  readonly schedule: ScheduleRepo;
  /** Provider translations (migration 3). */
  readonly translations: TranslationCache;
  /** The schema version after migrations. */
  readonly schemaVersion: number;
  /** Runs `fn` atomically (e.g. enqueue a digest and mark its articles sent together). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface StoreOptions {
  /** Clock for created/updated/sent timestamps (tests pass a fixed one). */
  now?: () => Date;
  /** Milliseconds to wait on a locked database; default 5000. */
  busyTimeoutMs?: number;
}
