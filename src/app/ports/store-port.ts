/** Domain types and repository interfaces of the persistent store (no SQL leaks past this file). */
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

export const OUTBOX_STATUSES = ['pending', 'sent', 'parked', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxRow {
  id: number;
  subscriptionId: number;
  digestId: string;
  /** 0-based index of the message part inside its digest. */
  part: number;
  /** The rendered part, exactly as enqueued (the store does not interpret it). */
  payload: string;
  status: OutboxStatus;
  attempts: number;
  /** Platform message id once sent. */
  messageId: string | null;
  /** ISO time before which the row must not be sent (429 parking, retry back-off). */
  notBefore: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxRepo {
  /** Inserts one row per part; re-enqueueing the same digest inserts nothing. Returns rows inserted. */
  enqueue(subscriptionId: number, digestId: string, parts: readonly string[]): number;
  /**
   * Due rows of active subscriptions, ordered by subscription, digest (enqueue order), part; only
   * subscriptions with an id above `afterSubscriptionId` when given (paging through the outbox).
   */
  nextPending(now: Date, limit: number, afterSubscriptionId?: number): OutboxRow[];
  /** Call right after the API call returns; false if the row was not pending (never overwrites). */
  markSent(rowId: number, messageId: string | number): boolean;
  /** A failed try that may be retried; `retryAt` delays the whole subscription until then. */
  markAttempt(rowId: number, error: string, retryAt?: Date): boolean;
  /** Parks every undelivered row of a subscription until `until`; returns rows parked. */
  park(subscriptionId: number, until: Date, reason: string): number;
  /** Gives up on a row for good. */
  fail(rowId: number, error: string): boolean;
  get(rowId: number): OutboxRow | null;
  /** Undelivered rows (pending or parked) of active subscriptions. */
  pendingCount(): number;
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
