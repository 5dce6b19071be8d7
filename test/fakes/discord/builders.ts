import { randomBytes, randomInt } from 'node:crypto';
import {
  Locale,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionDataResolved,
  type APIUser,
  type GuildMemberFlags,
  type InteractionType,
} from 'discord.js';
import { fullUser, member, permissionsOf, type GuildModel } from './guilds.js';
import { DEFAULT_BOT, DEFAULT_EVERYONE, toBits } from './permissions.js';

/** An option value: strings, integers, numbers, booleans, or a channel/user/role reference. */
export type OptionValue = string | number | boolean | { channel: string } | { user: string } | { role: string };

export interface SlashCommandOptions {
  name: string;
  options?: Record<string, OptionValue>;
  /** Wraps the options in this subcommand. */
  subcommand?: string;
  guildId?: string;
  channelId?: string;
  user?: Partial<APIUser> & { id: string };
  /** The invoking member's permissions in the channel; computed from the guild when the fake builds it. */
  memberPermissions?: bigint | string;
  memberRoles?: string[];
  locale?: Locale;
  applicationId?: string;
  appPermissions?: bigint | string;
  commandId?: string;
}

/** What the fake knows when it builds an interaction for its own guilds. */
export interface BuilderContext {
  guild?: GuildModel;
  botId?: string;
}

const DISCORD_EPOCH = 1420070400000n;
const snowflake = (): string => (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(randomInt(0, 1 << 22))).toString();
export const DEFAULT_USER_ID = '1200000000000000001';

type BasicOption = APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;

function basicOption(
  name: string, value: OptionValue, guild: GuildModel | undefined, resolved: APIInteractionDataResolved,
): BasicOption {
  if (typeof value === 'string') return { name, type: 3, value };
  if (typeof value === 'boolean') return { name, type: 5, value };
  if (typeof value === 'number') return Number.isInteger(value) ? { name, type: 4, value } : { name, type: 10, value };
  if ('channel' in value) {
    const found = guild?.channels.find((c) => c.id === value.channel);
    const type = found?.type ?? 0;
    const permissions = guild ? permissionsOf(guild, DEFAULT_USER_ID, value.channel).toString() : DEFAULT_EVERYONE.toString();
    (resolved.channels ??= {})[value.channel] = { id: value.channel, name: found?.name ?? 'general', type, permissions };
    return { name, type: 7, value: value.channel };
  }
  if ('user' in value) {
    const known = guild?.members.find((m) => m.user.id === value.user);
    (resolved.users ??= {})[value.user] = known?.user ?? fullUser({ id: value.user });
    return { name, type: 6, value: value.user };
  }
  const role = guild?.roles.find((r) => r.id === value.role);
  if (role) (resolved.roles ??= {})[value.role] = role;
  return { name, type: 8, value: value.role };
}

/**
 * A guild CHAT_INPUT interaction as Discord sends it in INTERACTION_CREATE. With a context (the fake's
 * guild), the member's and the bot's permissions are computed from roles and channel overwrites.
 */
export function slashCommand(opts: SlashCommandOptions, context: BuilderContext = {}): APIChatInputApplicationCommandGuildInteraction {
  const { guild } = context;
  const guildId = opts.guildId ?? guild?.id ?? '1100000000000000000';
  const channel = guild?.channels.find((c) => c.id === opts.channelId) ?? guild?.channels.find((c) => c.type === 0);
  const channelId = opts.channelId ?? channel?.id ?? '1100000000000000001';
  const user = fullUser(opts.user ?? { id: DEFAULT_USER_ID, username: 'reader' });
  const known = guild?.members.find((m) => m.user.id === user.id);
  const roles = opts.memberRoles ?? known?.roles ?? [];
  const computed = guild && permissionsOf({ ...guild, members: [...guild.members, member({ user, roles })] }, user.id, channelId);
  const permissions = toBits(opts.memberPermissions, computed ?? DEFAULT_EVERYONE).toString();
  const botPermissions = guild && context.botId ? permissionsOf(guild, context.botId, channelId) : DEFAULT_BOT;
  const appPermissions = toBits(opts.appPermissions, botPermissions);
  const resolved: APIInteractionDataResolved = {};
  const basic = Object.entries(opts.options ?? {}).map(([name, value]) => basicOption(name, value, guild, resolved));
  const options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[] = opts.subcommand
    ? [{ name: opts.subcommand, type: 1, options: basic }]
    : basic;
  const applicationId = opts.applicationId ?? '1000000000000000000';
  return {
    id: snowflake(), application_id: applicationId, type: 2, token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
    version: 1, guild_id: guildId, channel_id: channelId, locale: opts.locale ?? Locale.Hindi, guild_locale: Locale.Hindi,
    app_permissions: appPermissions.toString(), entitlements: [], authorizing_integration_owners: { 0: guildId },
    context: 0, attachment_size_limit: 10 * 1024 * 1024,
    guild: { id: guildId, locale: Locale.Hindi, features: [] },
    channel: { id: channelId, type: channel?.type ?? 0, name: channel?.name ?? 'general', guild_id: guildId },
    member: {
      user, roles, permissions, joined_at: '2024-01-01T00:00:00.000+00:00', deaf: false, mute: false, flags: 0 as GuildMemberFlags,
      nick: null, avatar: null, banner: null,
    },
    data: {
      id: opts.commandId ?? snowflake(), name: opts.name, type: 1, guild_id: guildId,
      options, ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    },
  };
}
