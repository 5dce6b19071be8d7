import { parseEventQuery } from '../../core/events/parse-event-query.js';
import { failed, ok, type Command } from './command-types.js';

/** Most event mentions one reply lists; the rest are counted. */
export const EVENT_REPLY_LIMIT = 25;

/** `/event <YYYY-MM-DD|YYYY-MM|YYYY>`: the event lookup, with the CLI's error messages. */
export const eventCommand: Command = {
  name: 'event',
  adminOnly: false,
  usage: '<YYYY-MM-DD|YYYY-MM|YYYY>',
  description: { en: 'What happened on a date', hi: 'किसी तारीख़ की घटनाएँ' },
  async run(ctx) {
    const parsed = parseEventQuery(ctx.args.join(' '));
    if (!parsed.ok) {
      return failed(
        { en: parsed.error },
        { en: 'For example: /event 2024-06-19, /event 2024-06 or /event 2024.', hi: 'उदाहरण: /event 2024-06-19, /event 2024-06 या /event 2024' },
      );
    }
    const { text } = parsed.query;
    const { mentions, total } = ctx.services.content.current().events.first(parsed.query, EVENT_REPLY_LIMIT);
    if (total === 0) {
      return ok({ en: `No events found for ${text}.`, hi: `${text} के लिए कोई घटना नहीं मिली।` });
    }
    const sub = ctx.services.store.subscriptions.get(ctx.platform, ctx.chatId);
    return {
      kind: 'events',
      query: text,
      mentions,
      total,
      language: sub?.active ? sub.language : 'both',
    };
  },
};
