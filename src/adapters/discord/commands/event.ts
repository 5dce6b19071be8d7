import { eventCommand } from '../../../app/commands/event.js';
import { bindCommand, slashCommand, stringArg, type DiscordCommand } from './discord-command.js';

/** `/event date:<YYYY-MM-DD|YYYY-MM|YYYY>`: the event lookup, only for the asker (ephemeral). */
export const discordEventCommand: DiscordCommand = bindCommand(
  eventCommand,
  slashCommand(eventCommand, 'घटना', 'guild-and-dm')
    .addStringOption((option) =>
      option
        .setName('date')
        .setNameLocalizations({ hi: 'तारीख़' })
        .setDescription('YYYY-MM-DD, YYYY-MM or YYYY')
        .setDescriptionLocalizations({ hi: 'तारीख़: YYYY-MM-DD, YYYY-MM या YYYY' })
        .setRequired(true)
        .setMaxLength(40),
    )
    .toJSON(),
  { args: (options) => stringArg(options, 'date'), private: true },
);
