import type { APIApplicationCommand, APIUser } from 'discord.js';
import { buildGuild, fullUser, type GuildChannel, type GuildModel } from './guilds.js';
import { DEFAULT_BOT } from './permissions.js';
import type { FakeDiscordOptions, GatewayRecord, GuildSpec, InteractionCallback, RestCall, SentMessage } from './types.js';
import { ChangeWaiter } from '../shared/change-waiter.js';

export const DEFAULT_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.FAKE.discord-bot-token';
export const DEFAULT_APPLICATION_ID = '1000000000000000000';
const DISCORD_EPOCH = 1420070400000n;

/** An interaction the fake dispatched, with its response state. */
export interface PendingInteraction {
  id: string;
  token: string;
  channelId: string;
  guildId?: string;
  dispatchedAt: number;
  acknowledged: boolean;
  /** Whether the first response (reply or deferral) was ephemeral. */
  ephemeral: boolean;
  /** Id of the message that @original refers to, once a reply exists. */
  originalId?: string;
}

/** Everything the fake remembers: identity, guilds, commands, interactions and recorded traffic. */
export class FakeState {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: APIUser;
  readonly botPermissions: bigint;
  readonly guilds = new Map<string, GuildModel>();
  readonly commands = new Map<string, APIApplicationCommand[]>();
  readonly interactions = new Map<string, PendingInteraction>();
  messages: SentMessage[] = [];
  callbacks: InteractionCallback[] = [];
  calls: RestCall[] = [];
  gateway: GatewayRecord[] = [];
  private counter = 0n;
  private readonly changes = new ChangeWaiter('fake discord');

  constructor(readonly options: FakeDiscordOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
    this.bot = fullUser({ id: this.applicationId, username: 'khabar', bot: true, ...options.botUser });
    this.botPermissions = options.botPermissions ?? DEFAULT_BOT;
  }

  /** A fresh snowflake: timestamp-based, unique unless more than 4096 are made in one millisecond. */
  nextId = (): string => {
    this.counter += 1n;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.counter & 0xfffn)).toString();
  };

  addGuild(spec: GuildSpec): GuildModel {
    const guild = buildGuild(spec, this.bot, this.botPermissions, this.nextId);
    this.guilds.set(guild.id, guild);
    return guild;
  }

  channel(channelId: string): { guild: GuildModel; channel: GuildChannel } | undefined {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  /** Interaction whose webhook token this is (follow-ups and @original edits). */
  byToken(token: string): PendingInteraction | undefined {
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  notify(): void {
    this.changes.notify();
  }

  /** Resolves with the first value `check` returns (checked now and after every change). */
  waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    return this.changes.waitUntil(check, timeoutMs, what);
  }
}
