import type { Command } from '../../../app/commands/command-types.js';
import { discordDigestCommand } from './digest.js';
import type { DiscordCommand } from './discord-command.js';
import { discordEventCommand } from './event.js';
import { discordHelpCommand } from './help.js';
import { discordLangCommand } from './lang.js';
import { discordPublishCommand } from './publish.js';
import { discordReloadCommand } from './reload.js';
import { discordStatusCommand } from './status.js';
import { discordSubscribeCommand } from './subscribe.js';
import { discordTimeCommand } from './time.js';
import { discordUnsubscribeCommand } from './unsubscribe.js';

export type { DiscordCommand } from './discord-command.js';

/** Every Discord slash command, user commands first, then the admin ones (no /start on Discord). */
export function discordCommands(): DiscordCommand[] {
  const neutral: Command[] = [];
  const list = [
    discordHelpCommand(() => neutral),
    discordSubscribeCommand,
    discordUnsubscribeCommand,
    discordDigestCommand,
    discordEventCommand,
    discordLangCommand,
    discordTimeCommand,
    discordReloadCommand,
    discordStatusCommand,
    discordPublishCommand,
  ];
  neutral.push(...list.map((d) => d.command));
  return list;
}
