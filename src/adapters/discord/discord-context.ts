import { PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../app/commands/command-types.js';
import type { AppServices } from '../../app/ports/app-port.js';
import type { DiscordCommand } from './commands/index.js';

/** The channel a command acts on: the `channel` option when given, else the channel it was used in. */
export interface Target {
  channelId: string;
  /** True when the `channel` option named another channel. */
  explicit: boolean;
  /** The invoking member's permissions in that channel, when Discord or the cache tells them. */
  memberPermissions: Readonly<PermissionsBitField> | null;
  /** The bot's permissions in that channel, when known. */
  appPermissions: Readonly<PermissionsBitField> | null;
}

/** A resolved channel's `permissions` / `appPermissions` (a cached channel clone or raw API data). */
function permissionsField(channel: object, field: 'permissions' | 'appPermissions' | 'app_permissions'): Readonly<PermissionsBitField> | null {
  const value: unknown = (channel as Record<string, unknown>)[field];
  if (value instanceof PermissionsBitField) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return new PermissionsBitField(BigInt(value));
  return null;
}

export function resolveTarget(interaction: ChatInputCommandInteraction, binding: DiscordCommand): Target {
  const option = binding.targetsChannel ? interaction.options.getChannel('channel') : null;
  if (option === null || option.id === interaction.channelId) {
    return {
      channelId: interaction.channelId,
      explicit: false,
      memberPermissions: interaction.memberPermissions,
      appPermissions: interaction.inGuild() ? interaction.appPermissions : null,
    };
  }
  const cached = interaction.guild?.channels.cache.get(option.id);
  return {
    channelId: option.id,
    explicit: true,
    memberPermissions: permissionsField(option, 'permissions') ?? cached?.permissionsFor(interaction.user.id) ?? null,
    appPermissions:
      permissionsField(option, 'appPermissions') ?? permissionsField(option, 'app_permissions') ?? cached?.permissionsFor(interaction.client.user) ?? null,
  };
}

/**
 * Maps a slash command to the neutral context: the target channel is the chat (kind `guild-channel` in a
 * server, `private` in the bot's DMs); admin = user id in DISCORD_ADMIN_IDS; managing the chat = the
 * member has Manage Channels in the target channel (Administrator implies it).
 */
export function toCommandContext(
  interaction: ChatInputCommandInteraction,
  binding: DiscordCommand,
  target: Target,
  services: AppServices,
): CommandContext {
  const userId = interaction.user.id;
  return {
    platform: 'discord',
    chatId: target.channelId,
    chatKind: interaction.inGuild() ? 'guild-channel' : 'private',
    userId,
    args: binding.args(interaction.options),
    isAdmin: services.config.discord.adminIds.includes(userId),
    async canManageChat() {
      return target.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
    },
    services,
  };
}
