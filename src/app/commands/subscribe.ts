import { manageGuard } from './chat-guard.js';
import { ok, type Command, type CommandContext, type ReplyLine } from './command-types.js';

/** When this chat gets its digest, in words. */
export function deliveryTimeLine(ctx: CommandContext, time: string | null): ReplyLine {
  const { defaultTime, timezone } = ctx.services.config.schedule;
  const at = time ?? defaultTime;
  return at === null
    ? { en: `The digest arrives on the configured schedule (${timezone}).`, hi: `डाइजेस्ट तय समय-सारणी पर आएगा (${timezone})।` }
    : { en: `The digest arrives every day at ${at} (${timezone}).`, hi: `डाइजेस्ट रोज़ ${at} बजे आएगा (${timezone})।` };
}

/** `/subscribe`: subscribes this chat; idempotent. */
export const subscribeCommand: Command = {
  name: 'subscribe',
  adminOnly: false,
  description: { en: 'Get the daily digest in this chat', hi: 'इस चैट में रोज़ का डाइजेस्ट पाएँ' },
  async run(ctx) {
    const refusal = await manageGuard(ctx, 'subscribe');
    if (refusal) return refusal;
    const { subscription, created } = ctx.services.store.subscriptions.subscribe(ctx.platform, ctx.chatId, ctx.chatKind);
    if (!created) {
      return ok({ en: 'This chat is already subscribed.', hi: 'यह चैट पहले से सब्सक्राइब है।' }, deliveryTimeLine(ctx, subscription.time));
    }
    ctx.services.logger.info({ platform: ctx.platform, chatId: ctx.chatId, kind: ctx.chatKind }, 'subscribed');
    return ok(
      { en: 'Subscribed!', hi: 'सब्सक्राइब हो गया!' },
      deliveryTimeLine(ctx, subscription.time),
      { en: 'Change it with /lang and /time; /unsubscribe stops it.', hi: '/lang और /time से बदलें; /unsubscribe से बंद करें।' },
    );
  },
};
