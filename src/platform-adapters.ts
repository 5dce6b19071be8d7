import type { DiscordBot } from './adapters/discord/create-discord-bot.js';
import { createTelegramBot, type TelegramBot } from './adapters/telegram/create-telegram-bot.js';
import { createSenderApi, createTelegramSender } from './adapters/telegram/telegram-sender.js';
import type { AppConfig } from './app/config/config-schema.js';
import type { RateLimiter } from './app/delivery/rate-limiter.js';
import type { AppServices } from './app/ports/app-port.js';
import type { Sender } from './app/ports/sender-port.js';

export interface StartedBots {
  telegram: TelegramBot | null;
  discord: DiscordBot | null;
  /** Names of the bots started: telegram, discord. */
  adapters: string[];
}

/** A sender for each platform whose token is configured. */
export async function createSenders(config: AppConfig): Promise<{ telegram?: Sender; discord?: Sender }> {
  return {
    ...(config.telegram.token ? { telegram: createTelegramSender(createSenderApi(config)) } : {}),
    ...(config.discord.token ? { discord: await discordSender(config) } : {}),
  };
}

/**
 * Starts the Telegram and Discord bots whose token is configured. If one cannot start, the ones
 * started are stopped before the error is rethrown.
 */
export async function startBots(deps: { config: AppConfig; services: AppServices; limiter: RateLimiter }): Promise<StartedBots> {
  const { config, services } = deps;
  const adapters: string[] = [];
  let telegram: TelegramBot | null = null;
  let discord: DiscordBot | null = null;
  try {
    if (config.telegram.token) {
      telegram = createTelegramBot({ config, services, limiter: deps.limiter });
      await telegram.start();
      adapters.push('telegram');
    }
    if (config.discord.token) {
      // discord.js (~30 MB) is loaded only by a bot that has a Discord token
      const { createDiscordBot } = await import('./adapters/discord/create-discord-bot.js');
      discord = createDiscordBot({ config, services });
      await discord.start();
      adapters.push('discord');
    }
  } catch (error) {
    // A bot that cannot start (bad token, API unreachable) must not leave the others open.
    await telegram?.stop();
    await discord?.stop();
    throw error;
  }
  return { telegram, discord, adapters };
}

/** The Discord sender, imported only when a Discord token is set (discord.js is large). */
async function discordSender(config: AppConfig): Promise<Sender> {
  const [{ createDiscordSender }, { createSenderRest }] = await Promise.all([import('./adapters/discord/discord-sender.js'), import('./adapters/discord/discord-rest.js')]);
  return createDiscordSender(createSenderRest(config));
}
