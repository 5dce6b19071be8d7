import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDigestId } from '../../../src/app/delivery/digest-id.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { tempDir } from './store-fixtures.js';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('outbox across a restart (file database)', () => {
  it('resumes exactly the unsent parts, in order, and never re-sends a part marked sent', () => {
    const temp = tempDir('khabar-restart-');
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'khabar.db');
    const now = new Date('2025-03-14T02:30:00.000Z');
    const digestId = makeDigestId('2025-03-14', ['a1', 'a2', 'a3']);
    const parts = ['भाग 1', 'भाग 2', 'भाग 3', 'भाग 4', 'भाग 5'];

    const before = openStore(path);
    const { subscription } = before.subscriptions.subscribe('telegram', '-1001234567890', 'channel');
    before.transaction(() => {
      before.outbox.enqueue(subscription.id, digestId, parts);
      before.sent.markSent(subscription.id, ['a1', 'a2', 'a3'], digestId);
    });
    const [first, second, third] = before.outbox.nextPending(now, 5);
    before.outbox.markSent(first?.id ?? -1, 101);
    before.outbox.markSent(second?.id ?? -1, 102);
    expect(third?.part).toBe(2);
    // crash: the third part was in flight; the process dies without marking it or closing cleanly

    const after = openStore(path);
    const resumed = after.outbox.nextPending(now, 10);
    expect(resumed.map((row) => row.part)).toEqual([2, 3, 4]);
    expect(resumed.map((row) => row.payload)).toEqual(['भाग 3', 'भाग 4', 'भाग 5']);
    expect(resumed.every((row) => row.status === 'pending' && row.messageId === null)).toBe(true);
    expect(after.outbox.get(first?.id ?? -1)).toMatchObject({ status: 'sent', messageId: '101' });
    expect(after.outbox.markSent(first?.id ?? -1, 999)).toBe(false);
    expect(after.outbox.enqueue(subscription.id, digestId, parts)).toBe(0);
    expect(after.sent.sentArticleIds(subscription.id)).toEqual(new Set(['a1', 'a2', 'a3']));

    for (const row of resumed) after.outbox.markSent(row.id, 200 + row.part);
    expect(after.outbox.nextPending(now, 10)).toEqual([]);
    expect(after.outbox.pendingCount()).toBe(0);
    after.close();
    before.close();
  });

  it('survives a real SIGKILL of the writing process', () => {
    const temp = tempDir('khabar-crash-');
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'khabar.db');
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./crash-writer.ts', import.meta.url))], {
      env: { ...process.env, KHABAR_CRASH_DB: path },
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');
    const store = openStore(path);
    const resumed = store.outbox.nextPending(new Date('2025-03-14T02:30:00.000Z'), 10);
    expect(resumed.map((row) => [row.part, row.payload])).toEqual([
      [2, 'p3'],
      [3, 'p4'],
      [4, 'p5'],
    ]);
    store.close();
  });
});
