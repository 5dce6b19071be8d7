import type { Command } from 'commander';
import { localDate } from '../../core/calendar/zoned-time.js';
import { buildDigest } from '../../core/digest/build-digest.js';
import { renderJson } from '../../core/digest/render/render-json.js';
import { renderText, type DigestLanguage } from '../../core/digest/render/render-text.js';
import { factFormatters } from '../../core/pipeline/fact-formatters.js';
import { CliError, EXIT, loadSnapshot, type CliIo, type GlobalOptions } from '../cli-io.js';

interface DigestCliOptions {
  format: string;
  limit?: string;
  lang: string;
  edition?: string;
}

/** `digest [--format text|json] [--limit N]`: the current digest. */
export function registerDigest(program: Command, io: CliIo, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('digest')
    .description('the current digest: stories newest first, same-event articles grouped')
    .option('--format <format>', 'text or json', 'text')
    .option('--limit <n>', 'at most N stories')
    .option('--lang <lang>', 'both, hi or en (text format)', 'both')
    .option('--edition <date>', 'edition date YYYY-MM-DD (default: today in --tz)')
    .action(async (options: DigestCliOptions) => {
      if (options.format !== 'text' && options.format !== 'json') {
        throw new CliError(`invalid --format "${options.format}"; expected text or json`, EXIT.usage);
      }
      if (!['both', 'hi', 'en'].includes(options.lang)) {
        throw new CliError(`invalid --lang "${options.lang}"; expected both, hi or en`, EXIT.usage);
      }
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
        throw new CliError(`invalid --limit "${options.limit}"; expected a whole number of 1 or more`, EXIT.usage);
      }
      if (options.edition !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.edition)) {
        throw new CliError(`invalid --edition "${options.edition}"; expected YYYY-MM-DD`, EXIT.usage);
      }
      const global = globals();
      const snapshot = await loadSnapshot(global, io, setExit);
      const edition = options.edition ?? localDate(io.now(), global.tz);
      const digest = buildDigest(snapshot.articles, { edition, limit, format: factFormatters });
      io.stdout(options.format === 'json' ? renderJson(digest) : renderText(digest, options.lang as DigestLanguage));
    });
}
