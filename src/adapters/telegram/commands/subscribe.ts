import { subscribeCommand } from '../../../app/commands/subscribe.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/subscribe`: text reply rendered as escaped HTML lines. */
export const telegramSubscribeCommand = bindCommand(subscribeCommand) satisfies TelegramCommand;
