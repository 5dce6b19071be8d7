import { PermissionFlagsBits } from 'discord.js';
import { langCommand } from '../../../app/commands/lang.js';
import { bindCommand, channelOption, slashCommand, stringArg, type DiscordCommand } from './discord-command.js';

/** `/lang [language] [channel]`: shows or sets the digest language of this (or the named) channel. */
export const discordLangCommand: DiscordCommand = bindCommand(
  langCommand,
  slashCommand(langCommand, 'भाषा', 'guild')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addStringOption((option) =>
      option
        .setName('language')
        .setNameLocalizations({ hi: 'भाषा' })
        .setDescription('both, hi or en')
        .setDescriptionLocalizations({ hi: 'दोनों, हिंदी या अंग्रेज़ी' })
        .addChoices(
          { name: 'Hindi and English', name_localizations: { hi: 'हिंदी और अंग्रेज़ी' }, value: 'both' },
          { name: 'Hindi', name_localizations: { hi: 'हिंदी' }, value: 'hi' },
          { name: 'English', name_localizations: { hi: 'अंग्रेज़ी' }, value: 'en' },
        ),
    )
    .addChannelOption(channelOption)
    .toJSON(),
  { args: (options) => stringArg(options, 'language'), targetsChannel: true },
);
