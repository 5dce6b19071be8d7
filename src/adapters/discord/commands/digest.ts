import { digestCommand } from '../../../app/commands/digest.js';
import { bindCommand, slashCommand, type DiscordCommand } from './discord-command.js';

/** `/digest`: the current digest as story embeds, posted for the channel (deferred: it may take a while). */
export const discordDigestCommand: DiscordCommand = bindCommand(
  digestCommand,
  slashCommand(digestCommand, 'डाइजेस्ट', 'guild-and-dm').toJSON(),
  { defer: true },
);
