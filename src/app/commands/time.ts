import { activeSubscription, manageGuard } from './chat-guard.js';
import { failed, ok, type Command } from './command-types.js';
import { parseTimeOfDay } from './local-time.js';
import { deliveryTimeLine } from './subscribe.js';

/** `/time HH:MM` (in the configured timezone) or `/time default`: when this chat gets its digest. */
export const timeCommand: Command = {
  name: 'time',
  adminOnly: false,
  usage: 'HH:MM|default',
  description: { en: 'Delivery time HH:MM, or default', hi: 'डाइजेस्ट का समय HH:MM, या default' },
  async run(ctx) {
    const found = activeSubscription(ctx);
    if ('reply' in found) return found.reply;
    const sub = found.subscription;
    const { timezone } = ctx.services.config.schedule;
    const [word] = ctx.args;
    if (word === undefined) {
      return ok(deliveryTimeLine(ctx, sub.time), {
        en: `Change it with /time HH:MM (${timezone}) or /time default.`,
        hi: `बदलने के लिए: /time HH:MM (${timezone}) या /time default`,
      });
    }
    const reset = ['default', 'डिफ़ॉल्ट', 'डिफॉल्ट'].includes(word.toLowerCase());
    const time = reset ? null : parseTimeOfDay(word);
    if (!reset && time === null) {
      const shown = JSON.stringify(word.slice(0, 20));
      return failed({
        en: `Invalid time ${shown}: expected HH:MM from 00:00 to 23:59 (${timezone}), e.g. /time 07:30, or /time default.`,
        hi: `गलत समय ${shown}: 00:00 से 23:59 के बीच HH:MM लिखें (${timezone}), जैसे /time 07:30, या /time default`,
      });
    }
    const refusal = await manageGuard(ctx, 'change the settings of');
    if (refusal) return refusal;
    const updated = ctx.services.store.subscriptions.setTime(ctx.platform, ctx.chatId, time);
    return ok(deliveryTimeLine(ctx, updated?.time ?? time));
  },
};
