import { eventCommand } from '../../../app/commands/event.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/event <date>`: mentions packed into HTML parts (each ≤ 4096), errors as text. */
export const telegramEventCommand = bindCommand(eventCommand) satisfies TelegramCommand;
