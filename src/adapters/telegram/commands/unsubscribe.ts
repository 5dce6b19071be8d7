import { unsubscribeCommand } from '../../../app/commands/unsubscribe.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/unsubscribe`: text reply rendered as escaped HTML lines. */
export const telegramUnsubscribeCommand = bindCommand(unsubscribeCommand) satisfies TelegramCommand;
