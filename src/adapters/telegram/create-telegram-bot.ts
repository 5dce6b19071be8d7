import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { AppConfig } from '../../app/config/config-schema.js';
import type { RateLimiter } from '../../app/delivery/rate-limiter.js';
import type { AppServices } from '../../app/ports/app-port.js';
import { createCommandHandler } from './command-handler.js';
import { setCommandMenus } from './command-menus.js';
import { telegramCommands } from './commands/index.js';
import { limitedSends } from './limited-sends.js';

export interface TelegramBotOptions {
  config: AppConfig;
  services: AppServices;
  /** getUpdates long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /** The delivery limiter: replies go through it with priority (without one, they are not paced). */
  limiter?: RateLimiter;
}

export interface TelegramBot {
  bot: Bot;
  /** getMe, command menus in English and Hindi, then long polling with the runner. */
  start(): Promise<void>;
  /** Stops polling and waits until every update being handled has been answered. */
  stop(): Promise<void>;
}

/**
 * The Telegram chat adapter: a grammY bot whose replies are paced by the delivery limiter (with
 * priority; 429s waited out), auto-retry for other calls (429 waits capped at
 * delivery.retryAfterCapSeconds), per-chat sequential processing, and one handler for
 * commands in messages and channel posts. Errors are logged and never crash the bot.
 */
export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
  const { config, services } = options;
  const token = config.telegram.token;
  if (token === null) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const bot = new Bot(token, { client: { apiRoot: config.telegram.apiRoot } });
  // 429 and 5xx are retried (waits capped); network errors surface at once instead of being retried
  // forever, so an unreachable TELEGRAM_API_ROOT fails the start with a clear message.
  // Replies first take their turn in the shared limiter (and wait out their 429s there), so the
  // outer autoRetry only ever retries 5xx for them.
  if (options.limiter) bot.api.config.use(limitedSends(options.limiter, services.logger));
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: config.delivery.retryAfterCapSeconds, rethrowHttpErrors: true }),
  );
  // Updates being handled: stop() waits for them so the database is not closed under a command.
  const inFlight = new Set<Promise<void>>();
  bot.use(async (_ctx, next) => {
    const handling = next();
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  const commands = telegramCommands();
  bot.on(['message:text', 'channel_post:text'], createCommandHandler(commands, services));
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      if (method === 'getUpdates' && !signal?.aborted) services.logger.warn({ err }, 'telegram polling failed; retrying');
      throw err;
    }
  });
  bot.catch((err) => {
    services.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, 'telegram update failed');
  });
  let runner: RunnerHandle | null = null;
  return {
    bot,
    async start() {
      if (runner?.isRunning()) return;
      // bot.init() retries getMe forever on network errors; one direct call makes an unreachable
      // API root fail the start with a clear error instead of hanging.
      if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      await setCommandMenus(bot.api, commands.map((c) => c.command), config.telegram.adminIds, services.logger);
      // silent: the runner would print fetch errors with console.error, and they carry the request
      // URL with the token; failures go through the logger (which redacts secrets) instead
      runner = run(bot, {
        runner: {
          fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: ['message', 'channel_post'] },
          retryInterval: 'exponential',
          silent: true,
        },
      });
      // a revoked token (401), a second poller (409) or retries run out end polling: log it, never crash
      runner.task()?.catch((err: unknown) => services.logger.error({ err }, 'telegram polling stopped'));
      services.logger.info({ username: bot.botInfo.username }, 'telegram bot polling');
    },
    async stop() {
      const current = runner;
      runner = null;
      if (current?.isRunning()) await current.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
