import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { planDigest, type PlanDeps } from '../../../src/app/delivery/plan-digests.js';
import { planAll } from '../../../src/app/delivery/planning-runs.js';
import { createSharedDigests } from '../../../src/app/delivery/shared-digests.js';
import type { Language } from '../../../src/app/ports/store-port.js';
import { articles, AT_EIGHT, fakeContent, fakeRenderer } from './delivery-fixtures.js';

const now = new Date(AT_EIGHT);

function setup(chats: [string, Language][]) {
  const store = openStore(':memory:', { now: () => now });
  const content = fakeContent(articles(['a', 'b', 'c']));
  const telegram = fakeRenderer('telegram', 2);
  const discord = fakeRenderer('discord', 1);
  const deps: PlanDeps = { store, content, renderers: { telegram, discord }, maxStories: 5, timeZone: 'Asia/Kolkata' };
  const subscriptions = chats.map(([chat, language]) => {
    const platform = chat.startsWith('d') ? 'discord' : 'telegram';
    store.subscriptions.subscribe(platform, chat, 'private');
    const subscription = store.subscriptions.setLanguage(platform, chat, language);
    if (subscription === null) throw new Error('no subscription');
    return subscription;
  });
  return { store, content, telegram, discord, deps, subscriptions };
}

describe('digests shared within a planning run', () => {
  it.each<[string, [string, Language][], { built: number; rendered: number; telegram: Language[]; discord: Language[] }]>([
    ['one digest, one render for many chats alike', [['1', 'both'], ['2', 'both'], ['3', 'both']], { built: 1, rendered: 1, telegram: ['both'], discord: [] }],
    ['one render per language', [['1', 'hi'], ['2', 'en'], ['3', 'hi'], ['4', 'en']], { built: 1, rendered: 2, telegram: ['hi', 'en'], discord: [] }],
    ['one render per platform', [['1', 'both'], ['d1', 'both'], ['d2', 'both']], { built: 1, rendered: 2, telegram: ['both'], discord: ['both'] }],
  ])('%s', (_, chats, expected) => {
    const { store, telegram, discord, deps, subscriptions } = setup(chats);
    const shared = createSharedDigests(deps.maxStories);
    const outcomes = subscriptions.map((s) => planDigest(deps, s, now, undefined, shared));
    expect(outcomes.map((o) => o.status)).toEqual(chats.map(() => 'queued'));
    expect({ built: shared.built, rendered: shared.rendered, telegram: telegram.calls, discord: discord.calls }).toEqual(expected);
    // each chat still gets its own rows and its own sent marks
    for (const s of subscriptions) expect(store.sent.sentArticleIds(s.id)).toEqual(new Set(['a', 'b', 'c']));
    expect(store.outbox.pendingCount()).toBe(chats.reduce((n, [chat]) => n + (chat.startsWith('d') ? 1 : 2), 0));
  });

  it('builds a separate digest for a chat that was sent different articles', () => {
    const { store, deps, subscriptions } = setup([['1', 'both'], ['2', 'both'], ['3', 'both']]);
    store.sent.markSent(subscriptions[1]!.id, ['c'], 'earlier');
    const shared = createSharedDigests(deps.maxStories);
    const outcomes = subscriptions.map((s) => planDigest(deps, s, now, undefined, shared));
    expect(outcomes.map((o) => (o.status === 'queued' ? o.articleIds : o.status))).toEqual([['c', 'b', 'a'], ['b', 'a'], ['c', 'b', 'a']]);
    expect(shared.built).toBe(2);
  });

  it.each<[string, string[][], number]>([
    ['chats sent the same articles share one', [['a'], ['a'], ['a']], 1],
    ['articles no longer in the snapshot do not matter', [['a'], ['a', 'gone'], ['gone', 'a']], 1],
    ['most sent (keyed by the sent ids) or few sent (by the fresh ids)', [['a', 'b'], ['a', 'b'], ['a'], []], 3],
  ])('%s', (_, sentLists, built) => {
    const { store, deps, subscriptions } = setup(sentLists.map((__, i): [string, Language] => [String(i + 1), 'both']));
    sentLists.forEach((ids, i) => ids.length > 0 && store.sent.markSent(subscriptions[i]!.id, ids, 'earlier'));
    const shared = createSharedDigests(deps.maxStories);
    const outcomes = subscriptions.map((s) => planDigest(deps, s, now, undefined, shared));
    const expected = sentLists.map((ids) => ['c', 'b', 'a'].filter((id) => !ids.includes(id)));
    expect(outcomes.map((o) => (o.status === 'queued' ? o.articleIds : o.status))).toEqual(expected);
    expect(shared.built).toBe(built);
  });

  it('does not reuse a digest of the snapshot before a reload', () => {
    const { content, deps, subscriptions } = setup([['1', 'both'], ['2', 'both']]);
    const shared = createSharedDigests(deps.maxStories);
    const first = planDigest(deps, subscriptions[0]!, now, undefined, shared);
    content.set(articles(['a', 'b', 'c', 'd']));
    const second = planDigest(deps, subscriptions[1]!, now, undefined, shared);
    expect([first, second].map((o) => (o.status === 'queued' ? o.articleIds : o.status))).toEqual([['c', 'b', 'a'], ['d', 'c', 'b', 'a']]);
    expect(shared.built).toBe(2);
  });

  it('planAll queues the same digest id for every chat with the same fresh articles', () => {
    const { store, telegram, deps } = setup([['1', 'both'], ['2', 'both'], ['3', 'both']]);
    expect(planAll({ ...deps, logger: pino({ level: 'silent' }) }, now)).toEqual({ due: 3, queued: 3, nothingNew: 0, skipped: 0 });
    expect(telegram.calls).toEqual(['both']);
    expect(new Set(store.outbox.nextPending(now, 10).map((row) => row.digestId)).size).toBe(1);
  });
});
