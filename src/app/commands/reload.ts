import type { Problem } from '../../core/types.js';
import { failed, ok, type Command, type ReplyLine } from './command-types.js';

/** Problems listed one by one; the rest are counted. */
const MAX_PROBLEMS = 10;
const MAX_IDS = 10;

function ids(list: readonly string[]): string {
  const shown = list.slice(0, MAX_IDS).join(', ');
  return list.length > MAX_IDS ? `${shown} … (+${list.length - MAX_IDS})` : shown;
}

function problemLines(problems: readonly Problem[]): ReplyLine[] {
  if (problems.length === 0) return [{ en: 'No problems.', hi: 'कोई समस्या नहीं।' }];
  const lines: ReplyLine[] = [{ en: `${problems.length} problem(s):`, hi: `${problems.length} समस्या(एँ):` }];
  for (const p of problems.slice(0, MAX_PROBLEMS)) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
    lines.push({ en: `${p.severity}: ${where}: ${p.message}` });
  }
  if (problems.length > MAX_PROBLEMS) lines.push({ en: `… and ${problems.length - MAX_PROBLEMS} more.` });
  return lines;
}

/** Admin `/reload`: re-reads content and config data; a failed reload keeps the old snapshot serving. */
export const reloadCommand: Command = {
  name: 'reload',
  adminOnly: true,
  description: { en: 'Admin: reload content and data', hi: 'एडमिन: सामग्री और डेटा दोबारा लोड करें' },
  async run(ctx) {
    const report = await ctx.services.content.reload();
    ctx.services.logger.info(
      { ok: report.ok, articles: report.articles, added: report.added.length, removed: report.removed.length, problems: report.problems.length, error: report.error },
      'content reload',
    );
    if (!report.ok) {
      return failed(
        { en: `Reload failed: ${report.error ?? 'unknown error'}.`, hi: 'दोबारा लोड नहीं हो सका।' },
        { en: `The previous snapshot (${report.articles} articles) keeps serving.`, hi: `पिछला संस्करण (${report.articles} लेख) चलता रहेगा।` },
        ...(report.problems.length > 0 ? problemLines(report.problems) : []),
      );
    }
    const lines: ReplyLine[] = [
      { en: `Reloaded: ${report.articles} articles.`, hi: `दोबारा लोड हुआ: ${report.articles} लेख।` },
      { en: `Added: ${report.added.length}${report.added.length > 0 ? ` (${ids(report.added)})` : ''}.` },
      { en: `Removed: ${report.removed.length}${report.removed.length > 0 ? ` (${ids(report.removed)})` : ''}.` },
    ];
    return ok(...lines, ...problemLines(report.problems));
  },
};
