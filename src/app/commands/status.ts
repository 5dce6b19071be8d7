import type { TranslationStatus } from '../ports/translation-port.js';
import { ok, type Command, type ReplyLine } from './command-types.js';
import { formatDuration, localDateTime } from './local-time.js';

/** Admin `/status`: uptime, articles, subscriptions, pending deliveries, last digest. */
export const statusCommand: Command = {
  name: 'status',
  adminOnly: true,
  description: { en: 'Admin: bot status', hi: 'एडमिन: बॉट की स्थिति' },
  async run(ctx) {
    const { config, content, store, delivery, startedAt, now } = ctx.services;
    const tz = config.schedule.timezone;
    const snapshot = content.current();
    const subs = store.subscriptions.count();
    const last = delivery.lastDigestAt();
    return ok(
      { en: `Uptime: ${formatDuration(now().getTime() - startedAt.getTime())}`, hi: `चालू समय: ${formatDuration(now().getTime() - startedAt.getTime())}` },
      { en: `Articles: ${snapshot.articles.length} (loaded ${localDateTime(snapshot.builtAt, tz)}, ${snapshot.problems.length} problems)`, hi: `लेख: ${snapshot.articles.length}` },
      { en: `Subscriptions: ${subs.active} active of ${subs.total}`, hi: `सब्सक्रिप्शन: ${subs.active} सक्रिय, कुल ${subs.total}` },
      { en: `Pending deliveries: ${delivery.pendingCount()}`, hi: `बाकी संदेश: ${delivery.pendingCount()}` },
      { en: `Last digest: ${last ? `${localDateTime(last, tz)} (${tz})` : 'never'}`, hi: `पिछला डाइजेस्ट: ${last ? localDateTime(last, tz) : 'अभी तक नहीं'}` },
      { en: `Schedule: ${config.schedule.cron} (${tz})` },
      translationLine(ctx.services.translation?.status() ?? null),
    );
  },
};

/** Provider, lines in its English of all headline and summary lines, fact-guard refusals. */
export function translationLine(t: TranslationStatus | null): ReplyLine {
  if (!t) return { en: 'Translation: off (offline English lines)', hi: 'अनुवाद: बंद' };
  const state = [t.down ? 'provider down' : null, t.running ? 'translating' : null].filter(Boolean).join(', ');
  const counts = `${t.lines.provider}/${t.lines.total} lines translated, ${t.rejected} rejected by the fact guard, ${t.failures} failed requests`;
  return {
    en: `Translation: ${t.provider}${t.model ? ` (${t.model})` : ''}: ${counts}${state ? ` (${state})` : ''}`,
    hi: `अनुवाद: ${t.provider}: ${t.lines.provider}/${t.lines.total} पंक्तियाँ, ${t.rejected} अस्वीकृत`,
  };
}
