import type { Logger } from 'pino';
import type { SnapshotBuilder } from './app/analysis/snapshot-builder.js';
import type { AppConfig } from './app/config/config-schema.js';
import { watchContent } from './app/content-watch.js';
import type { ContentHolder, ReloadReport } from './app/ports/app-port.js';

export type ReloadReason = 'signal' | 'watch' | 'rescan';

export interface ContentReload {
  reload(reason?: ReloadReason): Promise<ReloadReport>;
  /** The reload in flight, if any (settled either way): stop() waits for it. */
  settled(): Promise<unknown>;
  /** Stops the folder watch and the periodic rescan. */
  stop(): void;
}

/**
 * Reloads the content on SIGHUP and picks up new content without a command: folder events
 * (debounced) and a periodic rescan. Each reload is logged; a refused one with its errors.
 */
export function watchAndReload(deps: { config: AppConfig; content: ContentHolder; builder: Pick<SnapshotBuilder, 'lastStats'>; logger: Logger }): ContentReload {
  const { config, content, builder, logger } = deps;
  // the reload in flight, if any: stop() waits for it so nothing (e.g. translation) restarts after stop
  let reloading: Promise<unknown> = Promise.resolve();
  const reload = async (reason: ReloadReason = 'signal'): Promise<ReloadReport> => {
    const before = content.current();
    const pending = content.reload();
    reloading = pending.catch(() => undefined);
    const report = await pending;
    if (report.ok) {
      // a rescan or a watch event that changed nothing keeps the same snapshot: not worth an info line
      const level = content.current() === before && reason !== 'signal' ? 'debug' : 'info';
      logger[level]({ ok: true, reason, articles: report.articles, added: report.added, removed: report.removed, analysis: builder.lastStats() }, 'reload');
      return report;
    }
    // SIGHUP has no chat to answer: the log tells the admin what is broken, errors first.
    logger.warn({ ok: false, articles: report.articles, error: report.error }, 'reload refused; the previous snapshot keeps serving');
    for (const p of report.problems.filter((q) => q.severity === 'error')) logger.warn({ file: p.file, line: p.line }, p.message);
    return report;
  };
  // New content is picked up without a command: folder events (debounced) and a periodic rescan.
  const watching = config.content?.watch ?? true;
  const rescanSeconds = config.content?.rescanSeconds ?? 300;
  const watcher = watchContent({
    dir: config.contentDir,
    rescanMs: rescanSeconds * 1000,
    watch: watching,
    onChange: (reason) => void reload(reason).catch((error: unknown) => logger.error({ err: error }, 'reload failed')),
    onWatchError: (error) => logger.warn({ err: error.message, rescanSeconds }, 'cannot watch the content folder; the periodic rescan still picks up new content'),
  });
  return { reload, settled: () => reloading, stop: () => watcher.stop() };
}
