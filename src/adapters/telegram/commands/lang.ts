import { langCommand } from '../../../app/commands/lang.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/lang`: text reply rendered as escaped HTML lines. */
export const telegramLangCommand = bindCommand(langCommand) satisfies TelegramCommand;
