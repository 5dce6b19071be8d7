import { PermissionFlagsBits } from 'discord.js';
import { subscribeCommand } from '../../../app/commands/subscribe.js';
import { bindCommand, channelOption, slashCommand, type DiscordCommand } from './discord-command.js';

/** `/subscribe [channel]`: subscribes this (or the named) channel; needs Manage Channels there. */
export const discordSubscribeCommand: DiscordCommand = bindCommand(
  subscribeCommand,
  slashCommand(subscribeCommand, 'सब्सक्राइब', 'guild')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addChannelOption(channelOption)
    .toJSON(),
  { targetsChannel: true, postsThere: true },
);
