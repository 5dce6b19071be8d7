import { reloadCommand } from '../../../app/commands/reload.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/reload`: text reply rendered as escaped HTML lines. */
export const telegramReloadCommand = bindCommand(reloadCommand) satisfies TelegramCommand;
