import type { Command } from 'commander';
import { EXIT, loadSnapshot, writeJson, type CliIo, type GlobalOptions } from '../cli-io.js';

/** `validate [--json]`: every problem in the content folder and config; exit 1 if an article could not load. */
export function registerValidate(program: Command, io: CliIo, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('list problems in the content folder and config (exit 1 if any article could not load)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const snapshot = loadSnapshot(globals(), io);
      const problems = snapshot.problems;
      if (options.json) {
        writeJson(io, { articles: snapshot.articles.length, problems });
      } else {
        for (const p of problems) {
          const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
          io.stdout(`${p.severity}: ${where}: ${p.message}\n`);
        }
        io.stdout(`${snapshot.articles.length} articles loaded, ${problems.length} problems\n`);
      }
      if (problems.some((p) => p.severity === 'error')) setExit(EXIT.content);
    });
}
