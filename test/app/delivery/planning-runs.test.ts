import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { planAll, type PlanRunDeps } from '../../../src/app/delivery/planning-runs.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { articles, AT_EIGHT, captureLogger, fakeContent, fakeRenderer } from './delivery-fixtures.js';

const now = new Date(AT_EIGHT);

function setup(chats: number, hindiFails = false) {
  const store = openStore(':memory:', { now: () => now });
  const telegram = fakeRenderer('telegram', 2);
  const renderer = {
    ...telegram,
    render: (...args: Parameters<typeof telegram.render>) => {
      if (hindiFails && args[1] === 'hi') throw new Error('renderer bug');
      return telegram.render(...args);
    },
  };
  for (let i = 1; i <= chats; i++) store.subscriptions.subscribe('telegram', String(i), 'private');
  const { logger, lines } = captureLogger();
  const deps: PlanRunDeps = { store, content: fakeContent(articles(['a', 'b'])), renderers: { telegram: renderer }, maxStories: 5, timeZone: 'Asia/Kolkata', logger };
  return { store, deps, lines };
}

describe('planAll in batches', () => {
  it.each([1, 99, 100, 101, 250])('plans %i subscriptions, each with its own rows and sent marks', (chats) => {
    const { store, deps, lines } = setup(chats);
    expect(planAll(deps, now)).toEqual({ due: chats, queued: chats, nothingNew: 0, skipped: 0 });
    expect(store.outbox.pendingCount()).toBe(2 * chats);
    expect(store.sent.sentArticleIds(chats).size).toBe(2);
    expect(lines.filter((l) => l.msg === 'digest queued')).toHaveLength(chats);
  });

  it('a subscription that fails leaves the others of its batch planned and has nothing queued itself', () => {
    const { store, deps, lines } = setup(3, true);
    store.subscriptions.setLanguage('telegram', '2', 'hi');
    expect(planAll(deps, now)).toEqual({ due: 3, queued: 2, nothingNew: 0, skipped: 1 });
    expect([1, 2, 3].map((id) => store.sent.sentArticleIds(id).size)).toEqual([2, 0, 2]);
    expect(lines.filter((l) => l.msg === 'planning a digest failed').map((l) => l.subscription)).toEqual([2]);
  });

  it('a batch that cannot commit is planned again one subscription at a time', () => {
    const { store, deps, lines } = setup(3);
    let depth = 0;
    let failed = false;
    const flaky: Store = {
      ...store,
      transaction: (fn) => {
        depth += 1;
        try {
          return store.transaction(() => {
            const value = fn();
            // the outermost transaction (the batch) fails once, after its work
            if (depth === 1 && !failed) {
              failed = true;
              throw new Error('disk I/O error');
            }
            return value;
          });
        } finally {
          depth -= 1;
        }
      },
    };
    // queued 3 (not nothing-new): the failed batch left no rows and no sent marks behind
    expect(planAll({ ...deps, store: flaky }, now)).toEqual({ due: 3, queued: 3, nothingNew: 0, skipped: 0 });
    expect(failed).toBe(true);
    expect(store.outbox.pendingCount()).toBe(6);
    expect([1, 2, 3].map((id) => store.sent.sentArticleIds(id).size)).toEqual([2, 2, 2]);
    expect(lines.map((l) => l.msg)).toContain('a planning batch did not commit; planning its subscriptions one by one');
    expect(lines.filter((l) => l.msg === 'digest queued')).toHaveLength(3);
  });
});
