import { manageGuard } from './chat-guard.js';
import { ok, type Command } from './command-types.js';

/** `/unsubscribe`: stops the digest for this chat; says so when it was not subscribed. */
export const unsubscribeCommand: Command = {
  name: 'unsubscribe',
  adminOnly: false,
  description: { en: 'Stop the daily digest', hi: 'रोज़ का डाइजेस्ट बंद करें' },
  async run(ctx) {
    const refusal = await manageGuard(ctx, 'unsubscribe');
    if (refusal) return refusal;
    if (!ctx.services.store.subscriptions.unsubscribe(ctx.platform, ctx.chatId)) {
      return ok({ en: 'This chat is not subscribed.', hi: 'यह चैट सब्सक्राइब नहीं है।' });
    }
    ctx.services.logger.info({ platform: ctx.platform, chatId: ctx.chatId }, 'unsubscribed');
    return ok(
      { en: 'Unsubscribed. Send /subscribe to start again.', hi: 'सब्सक्रिप्शन बंद हो गया। दोबारा शुरू करने के लिए /subscribe भेजें।' },
    );
  },
};
