import type { Context } from 'grammy';
import { textReply } from '../../app/commands/command-types.js';
import { runCommand } from '../../app/commands/run-command.js';
import type { AppServices } from '../../app/ports/app-port.js';
import type { TelegramCommand } from './commands/index.js';
import { parseCommand } from './parse-command.js';
import { renderReply } from './render-reply.js';
import { toCommandContext } from './telegram-context.js';

const APOLOGY = 'Sorry, something went wrong. Please try again later.\nमाफ़ कीजिए, कुछ गड़बड़ हो गई। कृपया बाद में फिर कोशिश करें।';

/** Sends HTML parts in order, previews off; in groups the first part replies to the command. */
export async function sendParts(ctx: Context, parts: readonly string[]): Promise<void> {
  const chat = ctx.chat;
  if (!chat) return;
  const replyTo = chat.type === 'group' || chat.type === 'supergroup' ? ctx.msg?.message_id : undefined;
  for (const [i, part] of parts.entries()) {
    await ctx.api.sendMessage(chat.id, part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
  }
}

/**
 * The one handler for text messages and channel posts: parses `/command[@bot] args`, runs the
 * neutral command and sends the rendered reply. Unknown commands get a hint in private chats (and
 * when addressed to this bot); other bots' commands are ignored. Nothing is ever thrown at the user:
 * a failure is logged and answered with a short apology.
 */
export function createCommandHandler(commands: readonly TelegramCommand[], services: AppServices): (ctx: Context) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.command.name, c]));
  return async (ctx) => {
    const text = ctx.msg?.text;
    // A linked channel's post copied into its discussion group is the channel speaking, not a member.
    if (text === undefined || !ctx.chat || ctx.msg?.is_automatic_forward === true) return;
    const parsed = parseCommand(text, ctx.me.username);
    if (!parsed) return;
    const found = byName.get(parsed.name);
    try {
      if (!found) {
        if (ctx.chat.type !== 'private' && !parsed.addressed) return;
        const unknown = textReply('error', {
          en: `Unknown command /${parsed.name}. Send /help for the list.`,
          hi: `अनजान कमांड /${parsed.name}। सूची के लिए /help भेजें।`,
        });
        await sendParts(ctx, renderReply(unknown));
        return;
      }
      const reply = await runCommand(found.command, toCommandContext(ctx, parsed.args, services));
      await sendParts(ctx, found.render(reply));
    } catch (err) {
      services.logger.error({ err, command: parsed.name, chatId: ctx.chat.id }, 'telegram command reply failed');
      await ctx.api.sendMessage(ctx.chat.id, APOLOGY, { link_preview_options: { is_disabled: true } }).catch(() => undefined);
    }
  };
}
