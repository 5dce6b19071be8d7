import { PermissionFlagsBits } from 'discord.js';
import { publishCommand } from '../../../app/commands/publish.js';
import { bindCommand, slashCommand, type DiscordCommand } from './discord-command.js';

/**
 * Admin `/publish` (sends the scheduled digest to every subscription now):
 * only for ids in DISCORD_ADMIN_IDS, checked by runCommand;
 * hidden from members without Manage Server by default, usable in the bot's DMs. Replies are ephemeral.
 */
export const discordPublishCommand: DiscordCommand = bindCommand(
  publishCommand,
  slashCommand(publishCommand, 'प्रकाशित', 'guild-and-dm').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).toJSON(),
  { private: true, defer: true },
);
