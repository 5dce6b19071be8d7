import { loadContent } from '../content/load-content.js';
import { loadData } from '../data/load-data.js';
import { buildEventIndex, type EventIndex } from '../events/event-index.js';
import type { AnalysedArticle, Problem } from '../types.js';
import { createAnalyser } from './create-analyser.js';

export interface SnapshotOptions {
  contentDir: string;
  configDir: string;
  timezone: string;
}

/** Everything the bot serves from, built in one go and swapped atomically on reload. */
export interface Snapshot {
  articles: AnalysedArticle[];
  events: EventIndex;
  problems: Problem[];
  /** False when a config file failed validation (the data fell back to defaults for that part). */
  configOk: boolean;
  builtAt: Date;
}

/** Loads config data and content and analyses every article. Never throws for bad input. */
export function buildSnapshot(options: SnapshotOptions, now: Date = new Date()): Snapshot {
  const loaded = loadData(options.configDir);
  const content = loadContent(options.contentDir, { timezone: options.timezone, now });
  const analyse = createAnalyser(loaded.data);
  const problems: Problem[] = [...loaded.problems, ...content.problems];
  const articles: AnalysedArticle[] = [];
  for (const source of content.articles) {
    try {
      articles.push(analyse(source, (problem) => problems.push(problem)));
    } catch (cause) {
      // A defect in an extractor must not take the other articles down: report it as a problem.
      problems.push({ file: source.file, message: `analysis failed: ${(cause as Error).message}`, severity: 'error' });
    }
  }
  return { articles, events: buildEventIndex(articles), problems, configOk: loaded.ok, builtAt: now };
}
