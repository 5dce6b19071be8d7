import { loadContent } from '../content/load-content.js';
import { loadData } from '../data/load-data.js';
import { buildEventIndex, type EventIndex } from '../events/event-index.js';
import type { AnalysedArticle, Problem, SourceArticle } from '../types.js';
import { createAnalyser, type Analyser } from './create-analyser.js';

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

/** One article's analysis and the problems it reported (null article: the analysis failed). */
export interface ArticleAnalysis {
  article: AnalysedArticle | null;
  problems: Problem[];
}

/** Analyses one article; a defect in an extractor becomes a problem, never an exception. */
export function analyseSource(analyse: Analyser, source: SourceArticle): ArticleAnalysis {
  const problems: Problem[] = [];
  try {
    return { article: analyse(source, (problem) => problems.push(problem)), problems };
  } catch (cause) {
    // A defect in an extractor must not take the other articles down: report it as a problem.
    problems.push({ file: source.file, message: `analysis failed: ${(cause as Error).message}`, severity: 'error' });
    return { article: null, problems };
  }
}

/** The snapshot of analysed articles (in content order): problems of data, content, then each article. */
export function assembleSnapshot(parts: { loadProblems: readonly Problem[]; analyses: readonly ArticleAnalysis[]; configOk: boolean }, now: Date): Snapshot {
  const problems: Problem[] = [...parts.loadProblems];
  const articles: AnalysedArticle[] = [];
  for (const analysis of parts.analyses) {
    problems.push(...analysis.problems);
    if (analysis.article) articles.push(analysis.article);
  }
  return { articles, events: buildEventIndex(articles), problems, configOk: parts.configOk, builtAt: now };
}

/** Loads config data and content and analyses every article. Never throws for bad input. */
export function buildSnapshot(options: SnapshotOptions, now: Date = new Date()): Snapshot {
  const loaded = loadData(options.configDir);
  const content = loadContent(options.contentDir, { timezone: options.timezone, now });
  const analyse = createAnalyser(loaded.data);
  const analyses = content.articles.map((source) => analyseSource(analyse, source));
  return assembleSnapshot({ loadProblems: [...loaded.problems, ...content.problems], analyses, configOk: loaded.ok }, now);
}
