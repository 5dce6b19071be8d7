import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createDeliveryService, type DeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import type { Sender } from '../../../src/app/ports/sender-port.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { articles, captureLogger, fakeContent, fakeRenderer, fakeSender, fakeTime, testConfig } from './delivery-fixtures.js';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const PARTS = [1, 2, 3, 4, 5].map((i) => `telegram|both|2025-03-14|a|more=0|part ${i}/5`);

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-delivery-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'khabar.db');
  const time = fakeTime();
  const content = fakeContent(articles(['a']));
  const open = (): Store => {
    const store = openStore(path, { now: time.now });
    cleanup.push(() => store.close());
    return store;
  };
  /** `crashed`: the process died, so nobody stops this service. */
  const service = (store: Store, sender: Sender, crashed = false): DeliveryService => {
    const created = createDeliveryService({
      store, content, config: testConfig(), logger: captureLogger().logger, now: time.now, sleep: time.sleep,
      senders: { telegram: sender }, renderers: { telegram: fakeRenderer('telegram', 5) },
    });
    if (!crashed) cleanup.push(() => created.stop());
    return created;
  };
  const first = open();
  first.subscriptions.subscribe('telegram', '-1001234567890', 'channel');
  return { time, open, service, first };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

describe('delivery across a crash (file database)', () => {
  it('a crash with the third part in flight: the restart delivers every part exactly once', async () => {
    const { time, open, service, first } = setup();
    const before = fakeSender('telegram', time.now, ({ index }) => (index === 2 ? 'hang' : undefined));
    void service(first, before, true).publishNow();
    await until(() => before.calls.length === 3);
    // The process dies here: the third call never returns, nothing more is written.

    const after = fakeSender('telegram', time.now);
    const restarted = service(open(), after);
    expect(await restarted.publishNow()).toEqual({ queued: 0, nothingNew: 1, sent: 3 });
    const delivered = [...before.sent, ...after.sent].map((m) => m.payload);
    expect(delivered).toEqual(PARTS);
    expect(restarted.pendingCount()).toBe(0);
  });

  it('a sender crash (plain exception) after two parts, then a restart: every part exactly once, in order', async () => {
    const { time, open, service, first } = setup();
    const before = fakeSender('telegram', time.now, ({ index }) => (index === 2 ? new Error('crash') : undefined));
    const dying = service(first, before);
    expect(await dying.publishNow()).toEqual({ queued: 1, nothingNew: 0, sent: 2 });
    await dying.stop();
    first.close();

    time.advance(60 * 60_000);
    const after = fakeSender('telegram', time.now);
    const store = open();
    expect(store.outbox.get(3)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'unexpected: crash' });
    expect(await service(store, after).dispatch()).toMatchObject({ sent: 3, failed: 0 });
    expect([...before.sent, ...after.sent].map((m) => m.payload)).toEqual(PARTS);
  });

  it('stop() lets the part in flight finish and be marked, and sends nothing more', async () => {
    const { time, open, service, first } = setup();
    const sent: string[] = [];
    let release = (): void => undefined;
    const slow: Sender = {
      platform: 'telegram',
      send: async (_chatId, payload) => {
        if (sent.length === 2) await new Promise<void>((resolve) => (release = resolve));
        sent.push(payload);
        return { messageId: String(sent.length) };
      },
    };
    const running = service(first, slow);
    const publishing = running.publishNow();
    await until(() => sent.length === 2);
    await new Promise((resolve) => setImmediate(resolve));
    const stopping = running.stop();
    release();
    await stopping;
    expect((await publishing).sent).toBe(3);
    expect(sent).toEqual(PARTS.slice(0, 3));
    first.close();

    const after = fakeSender('telegram', time.now);
    expect(await service(open(), after).dispatch()).toMatchObject({ sent: 2 });
    expect([...sent, ...after.sent.map((m) => m.payload)]).toEqual(PARTS);
  });
});

describe('stop with a grace period', () => {
  it('does not wait forever for a send that hangs', async () => {
    const { time, service, first } = setup();
    const hanging = fakeSender('telegram', time.now, () => 'hang');
    const running = service(first, hanging, true);
    void running.publishNow();
    await until(() => hanging.calls.length === 1);
    await expect(running.stop(20)).resolves.toBeUndefined();
  });
});
