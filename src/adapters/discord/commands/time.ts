import { PermissionFlagsBits } from 'discord.js';
import { timeCommand } from '../../../app/commands/time.js';
import { bindCommand, channelOption, slashCommand, stringArg, type DiscordCommand } from './discord-command.js';

/** `/time [time] [channel]`: shows or sets (HH:MM or default) when this (or the named) channel gets it. */
export const discordTimeCommand: DiscordCommand = bindCommand(
  timeCommand,
  slashCommand(timeCommand, 'समय', 'guild')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addStringOption((option) =>
      option
        .setName('time')
        .setNameLocalizations({ hi: 'समय' })
        .setDescription('HH:MM (24-hour), or default')
        .setDescriptionLocalizations({ hi: 'HH:MM (24 घंटे), या default' })
        .setMaxLength(20),
    )
    .addChannelOption(channelOption)
    .toJSON(),
  { args: (options) => stringArg(options, 'time'), targetsChannel: true },
);
