import { timeCommand } from '../../../app/commands/time.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/time`: text reply rendered as escaped HTML lines. */
export const telegramTimeCommand = bindCommand(timeCommand) satisfies TelegramCommand;
