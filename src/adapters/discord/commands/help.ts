import type { Command } from '../../../app/commands/command-types.js';
import { createHelpCommand } from '../../../app/commands/help.js';
import { bindCommand, slashCommand, type DiscordCommand } from './discord-command.js';

/** `/help`: what the bot does and the command list, only for the asker. */
export function discordHelpCommand(list: () => readonly Command[]): DiscordCommand {
  const command = createHelpCommand('help', list);
  return bindCommand(command, slashCommand(command, 'सहायता', 'guild-and-dm').toJSON(), { private: true });
}
