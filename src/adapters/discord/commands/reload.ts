import { PermissionFlagsBits } from 'discord.js';
import { reloadCommand } from '../../../app/commands/reload.js';
import { bindCommand, slashCommand, type DiscordCommand } from './discord-command.js';

/**
 * Admin `/reload` (re-reads content and data):
 * only for ids in DISCORD_ADMIN_IDS, checked by runCommand;
 * hidden from members without Manage Server by default, usable in the bot's DMs. Replies are ephemeral.
 */
export const discordReloadCommand: DiscordCommand = bindCommand(
  reloadCommand,
  slashCommand(reloadCommand, 'रीलोड', 'guild-and-dm').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).toJSON(),
  { private: true, defer: true },
);
