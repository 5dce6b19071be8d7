import { createHash } from 'node:crypto';

/**
 * The digest id convention: `${edition}:${hash}` where `edition` names the scheduled run
 * (e.g. the local date '2025-03-14', or '2025-03-14T08:00' / 'manual:<iso time>' for extra runs) and
 * `hash` is the first 16 hex digits of SHA-256 over the article ids, sorted and de-duplicated
 * (so order does not matter). The same articles in the same edition give the same id, which is
 * what makes `outbox.enqueue` idempotent across a crash and a catch-up run.
 */
export function makeDigestId(edition: string, articleIds: readonly string[]): string {
  const ids = [...new Set(articleIds)].sort();
  const hash = createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);
  return `${edition}:${hash}`;
}
