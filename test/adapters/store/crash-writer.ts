// Child process for outbox-restart.test.ts: enqueues 5 parts, marks 2 sent, then dies by SIGKILL.
import { openStore } from '../../../src/adapters/store/open-store.js';

export function crashAfterTwoSent(path: string): void {
  const store = openStore(path);
  const { subscription } = store.subscriptions.subscribe('telegram', '-100999', 'channel');
  store.outbox.enqueue(subscription.id, '2025-03-14:crash', ['p1', 'p2', 'p3', 'p4', 'p5']);
  const rows = store.outbox.nextPending(new Date('2025-03-14T02:30:00.000Z'), 5);
  store.outbox.markSent(rows[0]?.id ?? -1, 1);
  store.outbox.markSent(rows[1]?.id ?? -1, 2);
  process.kill(process.pid, 'SIGKILL');
}

const target = process.env['KHABAR_CRASH_DB'];
if (target !== undefined) crashAfterTwoSent(target);
