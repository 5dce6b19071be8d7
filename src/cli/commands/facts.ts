import type { Command } from 'commander';
import { toFactsJson, type ArticleFactsJson } from '../../core/pipeline/facts-json.js';
import { CliError, EXIT, loadSnapshot, writeJson, type CliIo, type GlobalOptions } from '../cli-io.js';
import { translateArticles } from '../translate-articles.js';

interface FactsOptions {
  json?: boolean;
  article?: string;
}

/** `facts [--json] [--article ID]`: key facts and summaries per article. */
export function registerFacts(program: Command, io: CliIo, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('facts')
    .description('key facts (dates, numbers, people, places, organisations) and summaries per article')
    .option('--json', 'print JSON (an array, one object per article)')
    .option('--article <id>', 'only this article (file name without extension)')
    .action(async (options: FactsOptions) => {
      const global = globals();
      const snapshot = await loadSnapshot(global, io, setExit);
      let articles = snapshot.articles;
      if (options.article !== undefined) {
        articles = articles.filter((a) => a.id === options.article);
        if (articles.length === 0) {
          const known = snapshot.articles.map((a) => a.id).join(', ') || 'none';
          throw new CliError(`unknown article "${options.article}"; known articles: ${known}`, EXIT.usage);
        }
      }
      // with TRANSLATE_PROVIDER: provider lines that pass the fact guard (enSource provider)
      articles = await translateArticles(snapshot, articles, io, global.config);
      const json = articles.map(toFactsJson);
      if (options.json) writeJson(io, json);
      else io.stdout(json.map(factsText).join('\n'));
    });
}

function factsText(a: ArticleFactsJson): string {
  const list = (items: { en: string; mentions: number }[]): string =>
    items.map((e) => `${e.en} (${e.mentions})`).join(', ') || '—';
  return [
    `# ${a.article} (${a.published})`,
    `${a.title.hi}`,
    `${a.title.en}`,
    ...a.summary.hi.map((line, i) => `  • ${line}\n    ${a.summary.en[i] ?? ''}`),
    `  dates: ${a.facts.dates.map((d) => `${d.text} → ${d.value}${d.end ? `..${d.end}` : ''}`).join('; ') || '—'}`,
    `  numbers: ${a.facts.numbers.map((n) => `${n.value} ${n.unit ?? ''}`.trim()).join('; ') || '—'}`,
    `  people: ${list(a.facts.people)}`,
    `  places: ${list(a.facts.places)}`,
    `  organisations: ${list(a.facts.organisations)}`,
    '',
  ].join('\n');
}
