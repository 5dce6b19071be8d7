import type { Command } from 'commander';
import { parseEventQuery } from '../../core/events/parse-event-query.js';
import { CliError, EXIT, loadSnapshot, writeJson, type CliIo, type GlobalOptions } from '../cli-io.js';

/** `event <query> [--json]`: what happened on a day, month or year. */
export function registerEvent(program: Command, io: CliIo, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('event')
    .description('event mentions for a date: YYYY-MM-DD, YYYY-MM or YYYY')
    .argument('<query>', 'YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--json', 'print JSON (an array of event mentions)')
    .action(async (query: string, options: { json?: boolean }) => {
      const parsed = parseEventQuery(query);
      if (!parsed.ok) throw new CliError(parsed.error, EXIT.usage);
      const snapshot = await loadSnapshot(globals(), io, setExit);
      const mentions = snapshot.events.lookup(parsed.query);
      if (options.json) {
        writeJson(io, mentions);
        return;
      }
      if (mentions.length === 0) {
        io.stdout(`No events found for ${parsed.query.text}.\n`);
        return;
      }
      for (const m of mentions) {
        const when = m.date.end ? `${m.date.value}..${m.date.end}` : m.date.value;
        io.stdout(`${when}  [${m.article}]\n  ${m.text.hi}\n  ${m.text.en}\n`);
      }
    });
}
