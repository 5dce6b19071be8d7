import { describe, expect, it } from 'vitest';
import { makeDigestId } from '../../../src/app/delivery/digest-id.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { planDigest, type PlanDeps } from '../../../src/app/delivery/plan-digests.js';
import { makeArticle } from '../../helpers/make-article.js';
import { articles, AT_EIGHT, fakeContent, fakeRenderer } from './delivery-fixtures.js';

const now = new Date(AT_EIGHT);

function setup(ids: string[], maxStories = 5) {
  const store = openStore(':memory:', { now: () => now });
  const content = fakeContent(articles(ids));
  const renderer = fakeRenderer('telegram', 3);
  const deps: PlanDeps = { store, content, renderers: { telegram: renderer }, maxStories, timeZone: 'Asia/Kolkata' };
  const { subscription } = store.subscriptions.subscribe('telegram', '42', 'private');
  return { store, content, renderer, deps, subscription };
}

describe('planDigest', () => {
  it('enqueues the rendered parts and marks the included articles sent, newest first', () => {
    const { store, deps, subscription } = setup(['a', 'b', 'c']);
    const outcome = planDigest(deps, subscription, now);
    expect(outcome).toMatchObject({ status: 'queued', parts: 3, stories: 3, more: 0 });
    const rows = store.outbox.nextPending(now, 10);
    expect(rows.map((row) => row.payload)).toEqual([1, 2, 3].map((i) => `telegram|both|2025-03-14|c,b,a|more=0|part ${i}/3`));
    expect(rows[0]?.digestId).toBe(makeDigestId('2025-03-14', ['a', 'b', 'c']));
    expect(store.sent.sentArticleIds(subscription.id)).toEqual(new Set(['a', 'b', 'c']));
    expect(store.schedule.lastDigestAt()?.toISOString()).toBe(AT_EIGHT);
  });

  it('with nothing new enqueues nothing', () => {
    const { store, deps, subscription } = setup(['a']);
    planDigest(deps, subscription, now);
    const before = store.outbox.pendingCount();
    expect(planDigest(deps, subscription, now)).toEqual({ status: 'nothing-new' });
    expect(store.outbox.pendingCount()).toBe(before);
  });

  it('a second run carries only the new articles', () => {
    const { store, content, deps, subscription } = setup(['a', 'b']);
    planDigest(deps, subscription, now);
    content.set([...articles(['a', 'b']), ...articles(['c'], 10)]);
    const outcome = planDigest(deps, subscription, now);
    expect(outcome).toMatchObject({ status: 'queued', stories: 1, articleIds: ['c'] });
    expect(store.outbox.nextPending(now, 10).at(-1)?.payload).toContain('|c|more=0|');
  });

  it('caps the digest at maxStories, counts the rest in `more` and leaves them for the next digest', () => {
    const { store, deps, subscription } = setup(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 5);
    expect(planDigest(deps, subscription, now)).toMatchObject({ status: 'queued', stories: 5, more: 2 });
    expect(store.outbox.nextPending(now, 1)[0]?.payload).toContain('|g,f,e,d,c|more=2|');
    expect(store.sent.sentArticleIds(subscription.id)).toEqual(new Set(['c', 'd', 'e', 'f', 'g']));
    expect(planDigest(deps, subscription, now)).toMatchObject({ status: 'queued', stories: 2, more: 0, articleIds: ['b', 'a'] });
  });

  it('marks every source of a grouped story as sent', () => {
    const { store, content, deps, subscription } = setup([]);
    const shared = { people: ['Shubman Gill', 'Rohit Sharma'], places: ['Ahmedabad'], organisations: ['BCCI'] };
    content.set([
      makeArticle({ id: 'match-report', published: '2025-03-13', ...shared }),
      makeArticle({ id: 'match-preview', published: '2025-03-12', ...shared }),
    ]);
    expect(planDigest(deps, subscription, now)).toMatchObject({ status: 'queued', stories: 1 });
    expect(store.sent.sentArticleIds(subscription.id)).toEqual(new Set(['match-report', 'match-preview']));
  });

  it('renders in the language of the subscription', () => {
    const { store, renderer, deps } = setup(['a']);
    const hindi = store.subscriptions.setLanguage('telegram', '42', 'hi');
    if (hindi === null) throw new Error('no subscription');
    planDigest(deps, hindi, now);
    expect(renderer.calls).toEqual(['hi']);
  });

  it('claims a slot once: the same slot is never planned twice', () => {
    const { store, deps, subscription } = setup(['a']);
    expect(planDigest(deps, subscription, now, now).status).toBe('queued');
    expect(planDigest(deps, subscription, now, now)).toEqual({ status: 'already-planned' });
    expect(store.schedule.lastSlot(subscription.id)?.toISOString()).toBe(AT_EIGHT);
  });

  it('leaves a platform without a renderer alone', () => {
    const { store, deps } = setup(['a']);
    const { subscription } = store.subscriptions.subscribe('discord', '1234567890', 'guild-channel');
    expect(planDigest(deps, subscription, now, now)).toEqual({ status: 'no-renderer' });
    expect(store.schedule.lastSlot(subscription.id)).toBeNull();
    expect(store.sent.sentArticleIds(subscription.id).size).toBe(0);
  });
});
