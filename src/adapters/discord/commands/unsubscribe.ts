import { PermissionFlagsBits } from 'discord.js';
import { unsubscribeCommand } from '../../../app/commands/unsubscribe.js';
import { bindCommand, channelOption, slashCommand, type DiscordCommand } from './discord-command.js';

/** `/unsubscribe [channel]`: stops the digest in this (or the named) channel; needs Manage Channels. */
export const discordUnsubscribeCommand: DiscordCommand = bindCommand(
  unsubscribeCommand,
  slashCommand(unsubscribeCommand, 'अनसब्सक्राइब', 'guild')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addChannelOption(channelOption)
    .toJSON(),
  { targetsChannel: true },
);
