import type { Database } from 'better-sqlite3';
import { createChatMigrator } from './chat-migration.js';
import { toSubscription, type SubscriptionRecord } from './row-mapping.js';
import { guard, StoreError } from './store-errors.js';
import {
  CHAT_KINDS,
  LANGUAGES,
  PLATFORMS,
  type ChatKind,
  type Language,
  type Platform,
  type SubscribeResult,
  type Subscription,
  type SubscriptionsRepo,
} from '../../app/ports/store-port.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function check(ok: boolean, message: string): void {
  if (!ok) throw new StoreError('invalid-argument', message);
}

function checkChat(platform: Platform, chatId: string): void {
  check(PLATFORMS.includes(platform), `unknown platform: ${String(platform)}`);
  check(chatId.trim() !== '', 'chat id must not be empty');
}

interface ChatKey {
  platform: string;
  chatId: string;
}

export function createSubscriptionsRepo(db: Database, now: () => Date): SubscriptionsRepo {
  const byChat = db.prepare<ChatKey, SubscriptionRecord>('SELECT * FROM subscriptions WHERE platform = @platform AND chat_id = @chatId');
  const byId = db.prepare<[number], SubscriptionRecord>('SELECT * FROM subscriptions WHERE id = ?');
  const insert = db.prepare<ChatKey & { kind: string; at: string }>(
    `INSERT INTO subscriptions (platform, chat_id, kind, created_at, updated_at) VALUES (@platform, @chatId, @kind, @at, @at)`,
  );
  const reactivate = db.prepare<{ id: number; kind: string; at: string }>(
    `UPDATE subscriptions SET active = 1, deactivated_reason = NULL, kind = @kind, updated_at = @at WHERE id = @id`,
  );
  const setColumn = (column: 'language' | 'time') =>
    db.prepare<ChatKey & { value: string | null; at: string }>(
      `UPDATE subscriptions SET ${column} = @value, updated_at = @at WHERE platform = @platform AND chat_id = @chatId`,
    );
  const updateLanguage = setColumn('language');
  const updateTime = setColumn('time');
  const deactivateRow = db.prepare<{ id: number; reason: string; at: string }>(
    `UPDATE subscriptions SET active = 0, deactivated_reason = @reason, updated_at = @at WHERE id = @id AND active = 1`,
  );
  const cancelOutbox = db.prepare<{ id: number; reason: string }>(
    `UPDATE outbox SET status = 'failed', last_error = @reason WHERE subscription_id = @id AND status IN ('pending', 'parked')`,
  );
  const active = db.prepare<[], SubscriptionRecord>('SELECT * FROM subscriptions WHERE active = 1 ORDER BY id');
  const activeOn = db.prepare<[string], SubscriptionRecord>('SELECT * FROM subscriptions WHERE active = 1 AND platform = ? ORDER BY id');
  const counts = db.prepare<[], { active: number | null; total: number }>('SELECT SUM(active) AS active, COUNT(*) AS total FROM subscriptions');

  const get = (platform: Platform, chatId: string): Subscription | null => {
    const record = byChat.get({ platform, chatId });
    return record === undefined ? null : toSubscription(record);
  };
  const mustGet = (platform: Platform, chatId: string): Subscription => {
    const found = get(platform, chatId);
    if (found === null) throw new StoreError('not-found', `no subscription for ${platform} chat ${chatId}`);
    return found;
  };

  const deactivate = db.transaction((id: number, reason: string): boolean => {
    const changed = deactivateRow.run({ id, reason, at: now().toISOString() }).changes > 0;
    if (changed) cancelOutbox.run({ id, reason: `subscription deactivated: ${reason}` });
    return changed;
  });

  const subscribe = db.transaction((platform: Platform, chatId: string, kind: ChatKind): SubscribeResult => {
    const at = now().toISOString();
    const existing = get(platform, chatId);
    if (existing === null) {
      insert.run({ platform, chatId, kind, at });
      return { subscription: mustGet(platform, chatId), created: true, reactivated: false };
    }
    if (existing.active) return { subscription: existing, created: false, reactivated: false };
    reactivate.run({ id: existing.id, kind, at });
    return { subscription: mustGet(platform, chatId), created: true, reactivated: true };
  });

  const setValue = (platform: Platform, chatId: string, update: typeof updateLanguage, value: string | null): Subscription | null => {
    const changed = update.run({ platform, chatId, value, at: now().toISOString() }).changes > 0;
    return changed ? mustGet(platform, chatId) : null;
  };

  const migrateChat = createChatMigrator(db, now, get);

  return {
    subscribe: (platform, chatId, kind) =>
      guard('subscribe', () => {
        checkChat(platform, chatId);
        check(CHAT_KINDS.includes(kind), `unknown chat kind: ${String(kind)}`);
        return subscribe.immediate(platform, chatId, kind);
      }),
    unsubscribe: (platform, chatId) =>
      guard('unsubscribe', () => {
        const found = get(platform, chatId);
        return found !== null && deactivate.immediate(found.id, 'unsubscribed');
      }),
    setLanguage: (platform, chatId, language: Language) =>
      guard('setLanguage', () => {
        check(LANGUAGES.includes(language), `unknown language: ${String(language)} (use both, hi or en)`);
        return setValue(platform, chatId, updateLanguage, language);
      }),
    setTime: (platform, chatId, time) =>
      guard('setTime', () => {
        check(time === null || TIME.test(time), `time must be HH:MM between 00:00 and 23:59, got: ${String(time)}`);
        return setValue(platform, chatId, updateTime, time);
      }),
    deactivate: (id, reason) => guard('deactivate', () => deactivate.immediate(id, reason)),
    migrateChat: (platform, oldChatId, newChatId) =>
      guard('migrateChat', () => {
        checkChat(platform, oldChatId);
        checkChat(platform, newChatId);
        return migrateChat(platform, oldChatId, newChatId);
      }),
    get: (platform, chatId) => guard('get', () => get(platform, chatId)),
    getById: (id) =>
      guard('getById', () => {
        const record = byId.get(id);
        return record === undefined ? null : toSubscription(record);
      }),
    listActive: (platform) =>
      guard('listActive', () => (platform === undefined ? active.all() : activeOn.all(platform)).map(toSubscription)),
    count: () =>
      guard('count', () => {
        const row = counts.get();
        return { active: row?.active ?? 0, total: row?.total ?? 0 };
      }),
  };
}
