import { buildDigest } from '../../core/digest/build-digest.js';
import { factFormatters } from '../../core/pipeline/fact-formatters.js';
import type { Command } from './command-types.js';
import { localDate } from '../../core/calendar/zoned-time.js';

/** `/digest`: the current digest now, in the chat's subscription language (both when unsubscribed). */
export const digestCommand: Command = {
  name: 'digest',
  adminOnly: false,
  description: { en: 'The current digest, right now', hi: 'अभी का डाइजेस्ट' },
  async run(ctx) {
    const { config, content, store, now } = ctx.services;
    const sub = store.subscriptions.get(ctx.platform, ctx.chatId);
    const digest = buildDigest(content.current().articles, {
      edition: localDate(now(), config.schedule.timezone),
      limit: config.digest.maxStories,
      format: factFormatters,
    });
    return { kind: 'digest', digest, language: sub?.active ? sub.language : 'both' };
  },
};
