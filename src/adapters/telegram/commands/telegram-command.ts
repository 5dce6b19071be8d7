import type { Command, Reply } from '../../../app/commands/command-types.js';
import { renderReply } from '../render-reply.js';

/** A neutral command bound to Telegram: how its replies become HTML message parts. */
export interface TelegramCommand {
  command: Command;
  render(reply: Reply): string[];
}

/** Binds a neutral command with the generic Telegram reply renderer. */
export function bindCommand(command: Command): TelegramCommand {
  return { command, render: (reply) => renderReply(reply) };
}
