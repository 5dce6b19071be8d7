import { digestCommand } from '../../../app/commands/digest.js';
import { bindCommand, type TelegramCommand } from './telegram-command.js';

/** Telegram `/digest`: the digest as renderTelegramDigest HTML parts (each ≤ 4096). */
export const telegramDigestCommand = bindCommand(digestCommand) satisfies TelegramCommand;
