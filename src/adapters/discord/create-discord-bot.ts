import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { AppConfig } from '../../app/config/config-schema.js';
import type { AppServices } from '../../app/ports/app-port.js';
import { discordCommands } from './commands/index.js';
import { clientRestOptions } from './discord-rest.js';
import { createInteractionHandler } from './interaction-handler.js';

export interface DiscordBotOptions {
  config: AppConfig;
  services: AppServices;
  /** Extra discord.js client options (tests shorten `waitGuildTimeout`). */
  clientOptions?: Partial<ClientOptions>;
  /** How long stop() waits for interactions in flight (default 10 s). */
  stopGraceMs?: number;
}

export interface DiscordBot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Resolves when no interaction is being handled. */
  idle(): Promise<void>;
  /** Waits (up to the grace time) for interactions in flight, then closes the gateway. */
  stop(): Promise<void>;
}

/**
 * The Discord chat adapter: a discord.js gateway client (Guilds intent only) whose REST talks to
 * `discord.apiRoot`, with mentions off by default (`@everyone` in article text never pings), and one
 * handler for slash commands. Rate limits longer than delivery.retryAfterCapSeconds throw instead of
 * waiting. Errors are logged and never crash the bot.
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { config, services } = options;
  const token = config.discord.token;
  if (token === null) throw new Error('DISCORD_TOKEN is not set');
  const { logger } = services;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...options.clientOptions,
    rest: { ...options.clientOptions?.rest, ...clientRestOptions(config) },
  });
  const handle = createInteractionHandler(discordCommands(), services);
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const run = handle(interaction).finally(() => inFlight.delete(run));
    inFlight.add(run);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'discord gateway disconnected'));
  let started = false;
  const idle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return {
    client,
    async start() {
      if (started) return;
      const ready = once(client, Events.ClientReady);
      ready.catch(() => undefined); // a failed login must not leave an unhandled rejection behind
      await client.login(token);
      await ready;
      started = true;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord bot ready');
    },
    idle,
    async stop() {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.stopGraceMs ?? 10_000)));
      await Promise.race([idle(), grace]);
      clearTimeout(timer);
      started = false;
      await client.destroy();
    },
  };
}
