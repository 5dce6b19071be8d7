import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { AppConfig } from '../../app/config/config-schema.js';
import type { AppServices } from '../../app/ports/app-port.js';
import { createCommandHandler } from './command-handler.js';
import { setCommandMenus } from './command-menus.js';
import { telegramCommands } from './commands/index.js';

export interface TelegramBotOptions {
  config: AppConfig;
  services: AppServices;
  /** getUpdates long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
}

export interface TelegramBot {
  bot: Bot;
  /** getMe, command menus in English and Hindi, then long polling with the runner. */
  start(): Promise<void>;
  /** Stops polling and waits for the updates in flight to finish. */
  stop(): Promise<void>;
}

/**
 * The Telegram chat adapter: a grammY bot with auto-retry (429 waits capped at
 * delivery.retryAfterCapSeconds), per-chat sequential processing, and one handler for
 * commands in messages and channel posts. Errors are logged and never crash the bot.
 */
export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
  const { config, services } = options;
  const token = config.telegram.token;
  if (token === null) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const bot = new Bot(token, { client: { apiRoot: config.telegram.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: config.delivery.retryAfterCapSeconds }));
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  const commands = telegramCommands();
  bot.on(['message:text', 'channel_post:text'], createCommandHandler(commands, services));
  bot.catch((err) => {
    services.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, 'telegram update failed');
  });
  let runner: RunnerHandle | null = null;
  return {
    bot,
    async start() {
      if (runner?.isRunning()) return;
      await bot.init();
      await setCommandMenus(bot.api, commands.map((c) => c.command), config.telegram.adminIds, services.logger);
      runner = run(bot, {
        runner: {
          fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: ['message', 'channel_post'] },
          retryInterval: 'exponential',
        },
      });
      services.logger.info({ username: bot.botInfo.username }, 'telegram bot polling');
    },
    async stop() {
      const current = runner;
      runner = null;
      if (current?.isRunning()) await current.stop();
    },
  };
}
