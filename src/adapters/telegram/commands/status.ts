import { statusCommand } from '../../../app/commands/status.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/status`: text reply rendered as escaped HTML lines. */
export const telegramStatusCommand = bindCommand(statusCommand) satisfies TelegramCommand;
