import type { Subscription } from '../ports/store-port.js';
import { refused, type CommandContext, type Reply } from './command-types.js';

/**
 * Who may change a chat's subscription: anyone in a private chat, the channel itself (only its
 * administrators can post there), and in groups and Discord channels only those who manage the chat.
 * Returns a polite refusal, or null when allowed.
 */
export async function manageGuard(ctx: CommandContext, action: string): Promise<Reply | null> {
  if (ctx.chatKind === 'private' || ctx.chatKind === 'channel') return null;
  let allowed = false;
  try {
    allowed = await ctx.canManageChat();
  } catch (cause) {
    ctx.services.logger.warn({ err: cause, platform: ctx.platform, chatId: ctx.chatId }, 'permission check failed');
  }
  if (allowed) return null;
  return ctx.chatKind === 'group'
    ? refused({
        en: `Sorry, only a group administrator can ${action} this group.`,
        hi: 'माफ़ कीजिए, यह केवल समूह के व्यवस्थापक (एडमिन) कर सकते हैं।',
      })
    : refused({
        en: `Sorry, you need the Manage Channels permission to ${action} this channel.`,
        hi: 'माफ़ कीजिए, इसके लिए चैनल प्रबंधन (Manage Channels) की अनुमति चाहिए।',
      });
}

/** The chat's active subscription, or a reply asking to /subscribe first. */
export function activeSubscription(ctx: CommandContext): { subscription: Subscription } | { reply: Reply } {
  const subscription = ctx.services.store.subscriptions.get(ctx.platform, ctx.chatId);
  if (subscription?.active) return { subscription };
  const reply = refused({
    en: 'This chat is not subscribed yet. Send /subscribe first.',
    hi: 'यह चैट अभी सब्सक्राइब नहीं है। पहले /subscribe भेजें।',
  });
  return { reply };
}
