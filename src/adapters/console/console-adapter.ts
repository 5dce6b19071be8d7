import { schedule, type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import { localDate } from '../../core/calendar/zoned-time.js';
import { buildDigest } from '../../core/digest/build-digest.js';
import { renderText } from '../../core/digest/render/render-text.js';
import { factFormatters } from '../../core/pipeline/fact-formatters.js';
import type { AppConfig } from '../../app/config/config-schema.js';
import type { ContentHolder } from '../../app/ports/app-port.js';

export interface ConsoleAdapterOptions {
  config: AppConfig;
  content: ContentHolder;
  logger: Logger;
  write: (text: string) => void;
  now?: () => Date;
}

export interface ConsoleAdapter {
  /** Prints the current digest now. */
  printDigest(): void;
  /** Prints now, then on the configured schedule. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * The adapter that runs when no chat token is configured: the current digest on stdout right away
 * and then on the schedule, so a new user sees the main job working with no set-up.
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const now = options.now ?? (() => new Date());
  const { config } = options;
  let task: ScheduledTask | null = null;
  const printDigest = (): void => {
    const edition = localDate(now(), config.schedule.timezone);
    const digest = buildDigest(options.content.current().articles, { edition, limit: config.digest.maxStories, format: factFormatters });
    options.write(renderText(digest));
  };
  return {
    printDigest,
    start() {
      printDigest();
      task = schedule(config.schedule.cron, printDigest, { timezone: config.schedule.timezone, noOverlap: true, name: 'console-digest' });
      options.logger.info({ cron: config.schedule.cron, timezone: config.schedule.timezone }, 'console adapter: digest printed; next on schedule');
    },
    async stop() {
      await task?.stop();
      task = null;
    },
  };
}
