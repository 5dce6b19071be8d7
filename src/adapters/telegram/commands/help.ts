import type { Command } from '../../../app/commands/command-types.js';
import { createHelpCommand } from '../../../app/commands/help.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/start` and `/help` (a `/start` deep-link payload is ignored). */
export function telegramHelpCommands(list: () => readonly Command[]): TelegramCommand[] {
  return [bindCommand(createHelpCommand('start', list)), bindCommand(createHelpCommand('help', list))];
}
