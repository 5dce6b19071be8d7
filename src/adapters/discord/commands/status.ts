import { PermissionFlagsBits } from 'discord.js';
import { statusCommand } from '../../../app/commands/status.js';
import { bindCommand, slashCommand, type DiscordCommand } from './discord-command.js';

/**
 * Admin `/status` (uptime, articles, subscriptions, pending deliveries):
 * only for ids in DISCORD_ADMIN_IDS, checked by runCommand;
 * hidden from members without Manage Server by default, usable in the bot's DMs. Replies are ephemeral.
 */
export const discordStatusCommand: DiscordCommand = bindCommand(
  statusCommand,
  slashCommand(statusCommand, 'स्थिति', 'guild-and-dm').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).toJSON(),
  { private: true },
);
