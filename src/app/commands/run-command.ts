import { failed, refused, type Command, type CommandContext, type Reply } from './command-types.js';
import { digestCommand } from './digest.js';
import { eventCommand } from './event.js';
import { createHelpCommand } from './help.js';
import { langCommand } from './lang.js';
import { publishCommand } from './publish.js';
import { reloadCommand } from './reload.js';
import { statusCommand } from './status.js';
import { subscribeCommand } from './subscribe.js';
import { timeCommand } from './time.js';
import { unsubscribeCommand } from './unsubscribe.js';

/** Every command in menu order: user commands first, then the admin ones. */
export function createCommands(): readonly Command[] {
  const list: Command[] = [];
  list.push(
    createHelpCommand('start', () => list),
    createHelpCommand('help', () => list),
    subscribeCommand,
    unsubscribeCommand,
    digestCommand,
    eventCommand,
    langCommand,
    timeCommand,
    reloadCommand,
    statusCommand,
    publishCommand,
  );
  return list;
}

/**
 * Runs a command for a platform: refuses (and logs) admin commands from non-admins, and turns any
 * unexpected failure into a short apology (logged with its stack), never a stack trace for the user.
 */
export async function runCommand(command: Command, ctx: CommandContext): Promise<Reply> {
  const where = { platform: ctx.platform, chatId: ctx.chatId, userId: ctx.userId, command: command.name };
  if (command.adminOnly && !ctx.isAdmin) {
    ctx.services.logger.warn(where, 'admin command refused');
    return refused({
      en: `Sorry, /${command.name} is only for the bot's administrators.`,
      hi: `माफ़ कीजिए, /${command.name} केवल बॉट के एडमिन के लिए है।`,
    });
  }
  try {
    return await command.run(ctx);
  } catch (cause) {
    ctx.services.logger.error({ ...where, err: cause }, 'command failed');
    return failed({ en: 'Sorry, something went wrong. Please try again later.', hi: 'माफ़ कीजिए, कुछ गड़बड़ हो गई। कृपया बाद में फिर कोशिश करें।' });
  }
}
