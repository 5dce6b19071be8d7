import type { Database } from 'better-sqlite3';
import type { Platform, Subscription } from '../../app/ports/store-port.js';

type Lookup = (platform: Platform, chatId: string) => Subscription | null;

/**
 * Builds `migrateChat` (Telegram `migrate_to_chat_id`: a group became a supergroup with a new id).
 * - Only the old id is known: the row is renamed in place (settings, history and outbox follow).
 * - Both ids are known: the rows merge into the new one. Sent history is unioned, undelivered
 *   outbox rows move over (a part the new row already has is dropped), the old row is deleted.
 *   Settings: an active new row keeps its own; an inactive one takes the old row's settings and state.
 * - Already migrated (old id unknown): returns the new id's row, or null when neither exists.
 */
export function createChatMigrator(
  db: Database,
  now: () => Date,
  get: Lookup,
): (platform: Platform, oldChatId: string, newChatId: string) => Subscription | null {
  const rename = db.prepare<{ id: number; chatId: string; at: string }>(
    'UPDATE subscriptions SET chat_id = @chatId, updated_at = @at WHERE id = @id',
  );
  const copySent = db.prepare<{ from: number; to: number }>(
    `INSERT OR IGNORE INTO sent_articles (subscription_id, article_id, digest_id, sent_at)
     SELECT @to, article_id, digest_id, sent_at FROM sent_articles WHERE subscription_id = @from`,
  );
  const moveOutbox = db.prepare<{ from: number; to: number }>(
    `UPDATE OR IGNORE outbox SET subscription_id = @to WHERE subscription_id = @from AND status IN ('pending', 'parked')`,
  );
  const adopt = db.prepare<{ from: number; to: number; at: string }>(
    `UPDATE subscriptions SET
       (language, time, active, deactivated_reason) =
         (SELECT language, time, active, deactivated_reason FROM subscriptions WHERE id = @from),
       updated_at = @at
     WHERE id = @to`,
  );
  const remove = db.prepare<[number]>('DELETE FROM subscriptions WHERE id = ?');

  const migrate = db.transaction((platform: Platform, oldChatId: string, newChatId: string): Subscription | null => {
    const from = get(platform, oldChatId);
    if (from === null || oldChatId === newChatId) return get(platform, newChatId);
    const at = now().toISOString();
    const into = get(platform, newChatId);
    if (into === null) {
      rename.run({ id: from.id, chatId: newChatId, at });
      return get(platform, newChatId);
    }
    copySent.run({ from: from.id, to: into.id });
    moveOutbox.run({ from: from.id, to: into.id });
    if (!into.active) adopt.run({ from: from.id, to: into.id, at });
    remove.run(from.id);
    return get(platform, newChatId);
  });

  return (platform, oldChatId, newChatId) => migrate.immediate(platform, oldChatId, newChatId);
}
