import { openStore } from '../../../src/adapters/store/open-store.js';
import { createDeliveryService, type DeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { articles, captureLogger, fakeContent, fakeRenderer, fakeSender, fakeTime, testConfig } from './delivery-fixtures.js';

export type Cleanup = (() => Promise<void> | void)[];

/** An in-memory store, fake content/clock/sender, and a factory for services wired to them. */
export function world(cleanup: Cleanup, ids = ['a', 'b', 'c']) {
  const time = fakeTime();
  const store = openStore(':memory:', { now: time.now });
  const content = fakeContent(articles(ids));
  const telegram = fakeSender('telegram', time.now);
  const log = captureLogger();
  const make = (s: Store = store): DeliveryService => {
    const service = createDeliveryService({
      store: s, content, config: testConfig(), logger: log.logger, now: time.now, sleep: time.sleep,
      senders: { telegram }, renderers: { telegram: fakeRenderer('telegram', 3), discord: fakeRenderer('discord', 2) },
    });
    cleanup.push(() => service.stop());
    return service;
  };
  cleanup.push(() => store.close());
  return { time, store, content, telegram, log, make };
}

/** A private chat (Hindi), a channel (English) and a group (both). */
export function subscribeThree(store: Store): void {
  subscribePrivate(store);
  store.subscriptions.subscribe('telegram', '-1001000', 'channel');
  store.subscriptions.setLanguage('telegram', '-1001000', 'en');
  store.subscriptions.subscribe('telegram', '-2002', 'group');
  store.subscriptions.setLanguage('telegram', '-2002', 'both');
}

/** Telegram private chat '42' in Hindi. */
export function subscribePrivate(store: Store): void {
  store.subscriptions.subscribe('telegram', '42', 'private');
  store.subscriptions.setLanguage('telegram', '42', 'hi');
}
