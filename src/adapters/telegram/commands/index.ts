import type { Command } from '../../../app/commands/command-types.js';
import { telegramDigestCommand } from './digest.js';
import { telegramEventCommand } from './event.js';
import { telegramHelpCommands } from './help.js';
import { telegramLangCommand } from './lang.js';
import { telegramPublishCommand } from './publish.js';
import { telegramReloadCommand } from './reload.js';
import { telegramStatusCommand } from './status.js';
import { telegramSubscribeCommand } from './subscribe.js';
import type { TelegramCommand } from './telegram-command.js';
import { telegramTimeCommand } from './time.js';
import { telegramUnsubscribeCommand } from './unsubscribe.js';

export type { TelegramCommand } from './telegram-command.js';

/** Every Telegram command in menu order (the same order as the neutral createCommands()). */
export function telegramCommands(): TelegramCommand[] {
  const neutral: Command[] = [];
  const list = [
    ...telegramHelpCommands(() => neutral),
    telegramSubscribeCommand,
    telegramUnsubscribeCommand,
    telegramDigestCommand,
    telegramEventCommand,
    telegramLangCommand,
    telegramTimeCommand,
    telegramReloadCommand,
    telegramStatusCommand,
    telegramPublishCommand,
  ];
  neutral.push(...list.map((t) => t.command));
  return list;
}
