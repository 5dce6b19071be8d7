import { PermissionFlagsBits as P } from 'discord.js';
import { pino } from 'pino';
import { createDiscordBot, type DiscordBot } from '../../../src/adapters/discord/create-discord-bot.js';
import { createSenderRest } from '../../../src/adapters/discord/discord-rest.js';
import { createDiscordSender } from '../../../src/adapters/discord/discord-sender.js';
import { discordRenderer } from '../../../src/adapters/discord/render/render-discord.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { AppConfig } from '../../../src/app/config/config-schema.js';
import { createDeliveryService, type DeliveryService } from '../../../src/app/delivery/create-delivery-service.js';
import type { AppServices, ContentHolder } from '../../../src/app/ports/app-port.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_USER_ID, startFakeDiscord, type FakeDiscord, type OptionValue, type SentMessage } from '../../fakes/discord/index.js';
import { FIXED_NOW, testConfig, type LogRecord } from '../../app/commands/services-fixture.js';

export const GUILD = '1400000000000000000';
export const NEWS = '1400000000000000010';
export const SPORTS = '1400000000000000011';
/** The bot may not post here (its role is denied Send Messages). */
export const LOCKED = '1400000000000000012';
/** Editors lose Manage Channels here. */
export const NO_MANAGE = '1400000000000000013';
export const EDITORS_ROLE = '1400000000000000020';
/** A member with Manage Channels (through the Editors role); the fake resolves channel options for this id. */
export const EDITOR = DEFAULT_USER_ID;
export const READER = '1200000000000000002';
export const ADMIN = '1200000000000000009';
/** The fake's bot user id (its application id). */
const BOT_ID = DEFAULT_APPLICATION_ID;

export interface Harness {
  fake: FakeDiscord;
  config: AppConfig;
  services: AppServices & { logs: LogRecord[] };
  delivery: DeliveryService;
  bot: DiscordBot;
  /** Runs a slash command and resolves with every message the bot answered it with. */
  ask(name: string, spec?: { user?: string; channel?: string; options?: Record<string, OptionValue> }): Promise<SentMessage[]>;
  close(): Promise<void>;
}

/**
 * The real discord.js client against the fake Discord (REST + gateway), with a real in-memory store
 * and the real delivery service (Discord sender and renderer), so /publish and scheduled runs post
 * to channels through the outbox.
 */
export async function startHarness(content: ContentHolder): Promise<Harness> {
  const fake = await startFakeDiscord({
    heartbeatIntervalMs: 5000,
    guilds: [
      {
        id: GUILD,
        ownerId: '1200000000000000099',
        channels: [
          { id: NEWS, name: 'news' },
          { id: SPORTS, name: 'sports' },
          { id: LOCKED, name: 'locked', permissionOverwrites: [{ id: BOT_ID, type: 1, allow: '0', deny: String(P.SendMessages) }] },
          { id: NO_MANAGE, name: 'no-manage', permissionOverwrites: [{ id: EDITORS_ROLE, type: 0, allow: '0', deny: String(P.ManageChannels) }] },
        ],
        roles: [{ id: EDITORS_ROLE, name: 'Editors', permissions: P.ManageChannels | P.ViewChannel | P.SendMessages }],
        members: [{ user: { id: EDITOR }, roles: [EDITORS_ROLE] }, { user: { id: READER } }, { user: { id: ADMIN } }],
      },
    ],
  });
  const base = testConfig();
  const config: AppConfig = {
    ...base,
    discord: { token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, adminIds: [ADMIN] },
  };
  const logs: LogRecord[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) });
  const store = openStore(':memory:', { now: () => FIXED_NOW });
  const delivery = createDeliveryService({
    store, content, config, logger, now: () => FIXED_NOW,
    senders: { discord: createDiscordSender(createSenderRest(config)) },
    renderers: { discord: discordRenderer },
    sleep: async () => undefined,
  });
  const services = { config, content, store, delivery, logger, startedAt: new Date('2024-06-18T03:55:00Z'), now: () => FIXED_NOW, logs };
  const bot = createDiscordBot({ config, services, stopGraceMs: 2000 });
  await bot.start();
  return {
    fake, config, services, delivery, bot,
    async ask(name, spec = {}) {
      const interaction = fake.slashCommand({ name, guildId: GUILD, channelId: spec.channel ?? NEWS, user: { id: spec.user ?? EDITOR }, options: spec.options });
      await fake.dispatchInteraction(interaction, 8000);
      await bot.idle();
      return fake.replies(interaction.id);
    },
    async close() {
      await bot.stop();
      await delivery.stop(1000);
      await fake.close();
      store.close();
    },
  };
}
