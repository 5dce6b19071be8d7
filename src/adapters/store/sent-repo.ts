import type { Database } from 'better-sqlite3';
import { guard } from './store-errors.js';
import type { SentRepo } from '../../app/ports/store-port.js';

/** What each subscription has already been sent, by article id (so digests only carry news). */
export function createSentRepo(db: Database, now: () => Date): SentRepo {
  const insert = db.prepare<{ subscriptionId: number; articleId: string; digestId: string; at: string }>(
    `INSERT OR IGNORE INTO sent_articles (subscription_id, article_id, digest_id, sent_at)
     VALUES (@subscriptionId, @articleId, @digestId, @at)`,
  );
  const select = db.prepare<[number], { article_id: string }>('SELECT article_id FROM sent_articles WHERE subscription_id = ?');

  const markSent = db.transaction((subscriptionId: number, articleIds: readonly string[], digestId: string): number => {
    const at = now().toISOString();
    let added = 0;
    for (const articleId of new Set(articleIds)) {
      added += insert.run({ subscriptionId, articleId, digestId, at }).changes;
    }
    return added;
  });

  return {
    markSent: (subscriptionId, articleIds, digestId) => guard('sent.markSent', () => markSent.immediate(subscriptionId, articleIds, digestId)),
    sentArticleIds: (subscriptionId) =>
      guard('sent.sentArticleIds', () => new Set(select.all(subscriptionId).map((row) => row.article_id))),
  };
}
