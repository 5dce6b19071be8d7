import { publishCommand } from '../../../app/commands/publish.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/publish`: text reply rendered as escaped HTML lines. */
export const telegramPublishCommand = bindCommand(publishCommand) satisfies TelegramCommand;
