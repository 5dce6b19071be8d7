import type { Command } from 'commander';
import { loadSnapshot, problemLine, writeJson, type CliIo, type GlobalOptions } from '../cli-io.js';

/** `validate [--json]`: every problem in the content folder and config; exit 1 if an article could not load. */
export function registerValidate(program: Command, io: CliIo, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('list problems in the content folder and config (exit 1 if any article could not load)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const snapshot = await loadSnapshot(globals(), io, setExit, true);
      const problems = snapshot.problems;
      if (options.json) {
        writeJson(io, { articles: snapshot.articles.length, problems });
      } else {
        for (const p of problems) io.stdout(`${problemLine(p)}\n`);
        io.stdout(`${snapshot.articles.length} articles loaded, ${problems.length} problems\n`);
      }
    });
}
