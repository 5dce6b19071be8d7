import { createSharedDigests, type SharedDigests } from './shared-digests.js';
import type { ContentHolder } from '../ports/app-port.js';
import type { DigestRenderer } from '../ports/sender-port.js';
import type { Platform, Store, Subscription } from '../ports/store-port.js';
import { localDate } from '../../core/calendar/zoned-time.js';

export interface PlanDeps {
  store: Store;
  content: ContentHolder;
  renderers: Partial<Record<Platform, DigestRenderer>>;
  maxStories: number;
  timeZone: string;
}

export type PlanOutcome =
  | { status: 'queued'; digestId: string; parts: number; stories: number; more: number; articleIds: string[] }
  /** Nothing the subscription has not been sent yet (or nothing the renderer could post). */
  | { status: 'nothing-new' }
  /** The slot was planned before (by an earlier run or another process): nothing done. */
  | { status: 'already-planned' }
  /** No renderer for the platform: left alone, so it catches up once one is configured. */
  | { status: 'no-renderer' };

/**
 * Plans one digest for one subscription: the current snapshot's articles it was not sent yet,
 * newest first, capped at `maxStories` (the rest counted in `more` and left for next time),
 * rendered for its platform and language. The parts are enqueued and the included articles (every
 * source of every story) marked sent in ONE transaction, together with the slot claim when `slot`
 * is given, so a crash can neither lose a digest nor plan one twice. Subscriptions planned with the
 * same `shared` get one digest per distinct fresh-article set, rendered once per platform and language.
 */
export function planDigest(
  deps: PlanDeps,
  subscription: Subscription,
  now: Date,
  slot?: Date,
  shared: SharedDigests = createSharedDigests(deps.maxStories),
): PlanOutcome {
  const { store } = deps;
  const renderer = deps.renderers[subscription.platform];
  if (renderer === undefined) return { status: 'no-renderer' };
  const claim = (): boolean => slot === undefined || store.schedule.recordSlot(subscription.id, slot);

  const sent = store.sent.sentArticleIds(subscription.id);
  const planned = shared.digestFor(deps.content.current().articles, sent, localDate(now, deps.timeZone));
  const parts = shared.partsFor(planned, renderer, subscription.language);
  if (parts.length === 0) {
    return store.transaction(() => (claim() ? { status: 'nothing-new' } : { status: 'already-planned' }));
  }

  const { digest, digestId, articleIds } = planned;
  return store.transaction((): PlanOutcome => {
    if (!claim()) return { status: 'already-planned' };
    store.outbox.enqueue(subscription.id, digestId, parts);
    store.sent.markSent(subscription.id, articleIds, digestId);
    store.schedule.recordDigest(subscription.id, now);
    return { status: 'queued', digestId, parts: parts.length, stories: digest.stories.length, more: digest.more, articleIds: [...articleIds] };
  });
}
