import type { Logger } from 'pino';
import type { Snapshot } from '../../core/pipeline/build-snapshot.js';
import type { Problem } from '../../core/types.js';
import type { AppConfig } from '../config/config-schema.js';
import type { Store } from './store-port.js';
import type { TranslationStatus } from './translation-port.js';

/** What `/reload` (and SIGHUP) reports. A failed reload keeps the old snapshot serving. */
export interface ReloadReport {
  ok: boolean;
  articles: number;
  added: string[];
  removed: string[];
  problems: Problem[];
  /** Why the new snapshot was refused (missing folder, broken config …), when `ok` is false. */
  error?: string;
}

/** Holds the current content snapshot and swaps it atomically on reload. */
export interface ContentHolder {
  current(): Snapshot;
  /** Rebuilds off the event loop (where the holder has workers); `current()` serves the old snapshot meanwhile. */
  reload(): Promise<ReloadReport>;
}

export interface PublishReport {
  /** Subscriptions that got a digest queued. */
  queued: number;
  /** Subscriptions with nothing new. */
  nothingNew: number;
  /** Message parts sent by the dispatch that followed. */
  sent: number;
}

/** Delivery as the bots see it: publish now, and numbers for /status. */
export interface DeliveryControl {
  publishNow(): Promise<PublishReport>;
  pendingCount(): number;
  lastDigestAt(): Date | null;
}

/** Everything a chat adapter needs from the application, wired in main.ts. */
export interface AppServices {
  config: AppConfig;
  content: ContentHolder;
  store: Store;
  delivery: DeliveryControl;
  logger: Logger;
  startedAt: Date;
  now: () => Date;
  /** Translation through a provider, when one is configured (for /status). */
  translation?: { status(): TranslationStatus };
}
