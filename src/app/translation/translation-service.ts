import type { Logger } from 'pino';
import type { FactGuard } from '../../core/translation/fact-guard.js';
import { normaliseSentence, snapshotUnits, type TranslationUnit } from '../../core/translation/translation-units.js';
import type { AnalysedArticle } from '../../core/types.js';
import { TranslationError, type TranslationCache } from '../ports/translation-port.js';
import type { ResilientTranslator } from './resilient-translator.js';

export interface TranslationServiceOptions {
  translator: ResilientTranslator;
  cache: TranslationCache;
  guard: FactGuard;
  logger: Logger;
  batchSize: number;
  concurrency: number;
  /** Also translate dated sentences (the event index); default true. The CLI's facts needs none. */
  events?: boolean;
}

export interface RunReport {
  /** Lines answered by the provider in this run (accepted + rejected). */
  translated: number;
  rejected: number;
  /** Lines of batches that failed or were not sent (provider down, deadline). */
  untranslated: number;
}

export interface TranslationService {
  /** Accepted English of a normalised Hindi line (cache and this run), for the pure merge. */
  lookup(normalisedHindi: string): string | undefined;
  /** Bumps whenever lookups may answer differently (new translations stored). */
  generation(): number;
  /** Translates the lines not cached yet; never throws. `signal` bounds it (the CLI's deadline). */
  translate(articles: readonly AnalysedArticle[], signal?: AbortSignal): Promise<RunReport>;
  /** Starts `translate` in the background, aborting a run still going (after a reload). */
  start(articles: readonly AnalysedArticle[]): void;
  running(): boolean;
  rejected(): number;
  /** Aborts the background run and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Translation of headlines, summary lines and dated sentences through a provider: cached lines
 * are never asked again, the rest go in batches (`batchSize` lines, `concurrency` requests at once);
 * every answer passes the fact guard before it is used, and the cache keeps it with the verdict.
 * A refused line is logged at info without its text (debug has it); failures never reach a caller.
 */
export function createTranslationService(options: TranslationServiceOptions): TranslationService {
  const { translator, cache, guard, logger } = options;
  const accepted = new Map<string, string>();
  let gen = 0;
  let rejectedTotal = 0;
  let current: { controller: AbortController; done: Promise<RunReport> } | null = null;

  const load = (keys: string[]): Set<string> => {
    const found = cache.getMany(keys, translator.provider, translator.model);
    for (const [key, row] of found) if (row.accepted) accepted.set(key, row.english);
    if (found.size > 0) gen += 1;
    return new Set(found.keys());
  };

  const runBatch = async (batch: TranslationUnit[], signal: AbortSignal, report: RunReport): Promise<void> => {
    const keys = batch.map((u) => normaliseSentence(u.hi));
    const english = await translator.translate(keys, signal);
    const rows = batch.map((unit, i) => {
      const text = (english[i] ?? '').trim();
      const verdict = guard({ hindi: unit.hi, english: text, facts: unit.facts, published: unit.published });
      if (!verdict.ok) {
        rejectedTotal += 1;
        report.rejected += 1;
        logger.info({ provider: translator.provider, model: translator.model, reason: verdict.reason }, 'translation rejected by the fact guard; the offline line stays');
        logger.debug({ hindi: unit.hi, english: text, reason: verdict.reason }, 'rejected translation');
      } else accepted.set(keys[i] as string, text);
      return { hindi: keys[i] as string, english: text, accepted: verdict.ok };
    });
    cache.put(rows, translator.provider, translator.model);
    report.translated += rows.length;
    gen += 1;
  };

  const translate = async (articles: readonly AnalysedArticle[], signal: AbortSignal = new AbortController().signal): Promise<RunReport> => {
    const report: RunReport = { translated: 0, rejected: 0, untranslated: 0 };
    try {
      const units = snapshotUnits(articles, options.events ?? true);
      const known = load(units.map((u) => normaliseSentence(u.hi)));
      const pending = units.filter((u) => !known.has(normaliseSentence(u.hi)));
      const batches: TranslationUnit[][] = [];
      for (let i = 0; i < pending.length; i += options.batchSize) batches.push(pending.slice(i, i + options.batchSize));
      const worker = async (): Promise<void> => {
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          if (signal.aborted || translator.isDown()) {
            report.untranslated += batch.length;
            continue;
          }
          try {
            await runBatch(batch, signal, report);
          } catch (error) {
            report.untranslated += batch.length;
            const kind = error instanceof TranslationError ? error.kind : 'unexpected';
            if (kind !== 'unavailable') logger.warn({ provider: translator.provider, kind, lines: batch.length, error: (error as Error).message }, 'translation batch failed; its lines stay offline');
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.concurrency, batches.length) }, worker));
    } catch (error) {
      logger.error({ err: error }, 'translation run failed; lines stay offline');
    }
    return report;
  };

  return {
    lookup: (key) => accepted.get(key),
    generation: () => gen,
    translate,
    start(articles) {
      current?.controller.abort();
      const controller = new AbortController();
      const done = translate(articles, controller.signal).then((report) => {
        logger.info({ provider: translator.provider, model: translator.model, ...report }, 'background translation finished');
        if (current?.controller === controller) current = null;
        return report;
      });
      current = { controller, done };
    },
    running: () => current !== null,
    rejected: () => rejectedTotal,
    async stop() {
      const run = current;
      run?.controller.abort();
      await run?.done;
    },
  };
}
