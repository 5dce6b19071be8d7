import type { Logger } from 'pino';
import { createConsoleAdapter, type ConsoleAdapter } from './adapters/console/console-adapter.js';
import { discordRenderer } from './adapters/discord/render/render-discord.js';
import { openStore } from './adapters/store/open-store.js';
import { createTranslator } from './adapters/translate/create-translator.js';
import { telegramRenderer } from './adapters/telegram/render/render-telegram.js';
import type { AppConfig } from './app/config/config-schema.js';
import { createAnalysisPool } from './app/analysis/analysis-pool.js';
import { createSnapshotBuilder } from './app/analysis/snapshot-builder.js';
import { openContentHolder } from './app/content-holder.js';
import { noAnalysisCache, type AnalysisCache } from './app/ports/analysis-cache-port.js';
import { analysisCacheDir, openAnalysisCache } from './adapters/analysis-cache/sqlite-analysis-cache.js';
import { createDeliveryService } from './app/delivery/create-delivery-service.js';
import { takeInstanceLease, type InstanceLease } from './app/instance-lease.js';
import type { AppServices, ReloadReport } from './app/ports/app-port.js';
import { setupTranslation } from './app/translation/setup-translation.js';
import { watchAndReload } from './content-reload.js';
import { createSenders, startBots, type StartedBots } from './platform-adapters.js';

export interface AppOptions {
  config: AppConfig;
  logger: Logger;
  /** Where the console adapter prints digests (stdout in main.ts). */
  write: (text: string) => void;
  now?: () => Date;
  /** Lifetime of the instance lease without a heartbeat (tests shorten it). */
  leaseTtlMs?: number;
  /** Another instance took the lease over (this one was frozen past its expiry): default, stop. */
  onLeaseLost?: () => void;
}

export interface RunningApp {
  services: AppServices;
  /** Names of the adapters started: telegram, discord, console. */
  adapters: string[];
  reload(): Promise<ReloadReport>;
  /** Stops polling, finishes the message in flight, closes the database. */
  stop(): Promise<void>;
}

/**
 * Wires config, logger, content, store, delivery and every adapter whose token is configured; with
 * no token at all, the console adapter prints the digest now and on the schedule.
 */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  // Analysis runs in worker threads and only for new or changed articles (the cache is shared with the CLI).
  const cache = openCache(config, logger);
  const pool = createAnalysisPool();
  const builder = createSnapshotBuilder({ contentDir: config.contentDir, configDir: config.configDir, timezone: config.schedule.timezone, cache, pool });
  const offline = await openContentHolder({ contentDir: config.contentDir, configDir: config.configDir, timezone: config.schedule.timezone, now, builder }).catch(async (error: unknown) => {
    await pool.close();
    cache.close();
    throw error;
  });
  const initial = offline.current();
  logger.info({ articles: initial.articles.length, problems: initial.problems.length, analysis: builder.lastStats() }, 'content loaded');
  for (const problem of initial.problems) logger.warn({ file: problem.file, line: problem.line }, problem.message);

  const store = openStore(config.databasePath, { now });
  // One instance per database: a second khabar on it would poll and schedule twice.
  let lease: InstanceLease;
  try {
    lease = takeInstanceLease(store.lease, {
      databasePath: config.databasePath,
      logger,
      now,
      ...(options.leaseTtlMs ? { ttlMs: options.leaseTtlMs } : {}),
      onLost: () => (options.onLeaseLost ?? (() => void stop()))(),
    });
  } catch (error) {
    store.close();
    await pool.close();
    cache.close();
    throw error;
  }
  // With a provider, readers see cached guarded translations; the rest is translated in the background.
  let translation: ReturnType<typeof setupTranslation>;
  let delivery: ReturnType<typeof createDeliveryService>;
  try {
    translation = setupTranslation({
      translator: createTranslator(config.translation), config: config.translation, cache: store.translations, configDir: config.configDir, content: offline, logger,
    });
    const senders = await createSenders(config);
    delivery = createDeliveryService({ store, content: translation.content, senders, renderers: { telegram: telegramRenderer, discord: discordRenderer }, config, logger, now });
  } catch (error) {
    // a failure after the lease was taken must not leave the lease, the database or the workers open
    lease.release();
    store.close();
    await pool.close();
    cache.close();
    throw error;
  }
  const content = translation.content;
  const services: AppServices = { config, content, store, delivery, logger, startedAt: now(), now, ...(translation.translated ? { translation: translation.translated } : {}) };

  let bots: StartedBots;
  try {
    bots = await startBots({ config, services, limiter: delivery.limiter });
  } catch (error) {
    // A bot that cannot start (bad token, API unreachable) must not leave the others or the db open.
    await translation.stop();
    lease.release();
    store.close();
    await pool.close();
    cache.close();
    throw error;
  }
  const { telegram, discord, adapters } = bots;
  let consoleAdapter: ConsoleAdapter | null = null;
  if (adapters.length === 0) {
    consoleAdapter = createConsoleAdapter({ config, content, logger, write: options.write, now });
    consoleAdapter.start();
    adapters.push('console');
  } else {
    delivery.start();
  }
  logger.info({ adapters }, 'khabar started');

  // SIGHUP, folder events and a periodic rescan reload the content.
  const contentReload = watchAndReload({ config, content, builder, logger });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // Delivery first: a run in flight (a /publish handler included) ends after the part in flight,
      // so stopping the bot does not wait for a whole delivery to finish.
      contentReload.stop();
      await delivery.stop(10_000);
      await contentReload.settled();
      await telegram?.stop();
      await discord?.stop();
      await consoleAdapter?.stop();
      await translation.stop();
      await pool.close();
      cache.close();
      lease.release();
      store.close();
      logger.info('khabar stopped');
    })());
  return { services, adapters, reload: () => contentReload.reload('signal'), stop };
}

/** The analysis cache next to the database (or in CACHE_DIR); none for an in-memory database. */
function openCache(config: AppConfig, logger: Logger): AnalysisCache {
  const dbPath = config.databasePath;
  if (!config.content?.cacheDir && (dbPath === ':memory:' || dbPath === '' || dbPath.startsWith('file:'))) return noAnalysisCache;
  const dir = analysisCacheDir({ cacheDir: config.content?.cacheDir ?? undefined, databasePath: dbPath });
  return openAnalysisCache(dir, { onError: (error) => logger.warn({ err: error.message, dir }, 'analysis cache unavailable; articles are analysed without it') });
}
