import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, type Snapshot } from '../core/pipeline/build-snapshot.js';
import type { Problem } from '../core/types.js';
import { noAnalysisCache } from './ports/analysis-cache-port.js';
import type { ContentHolder, ReloadReport } from './ports/app-port.js';
import { createSnapshotBuilder, type SnapshotBuilder } from './analysis/snapshot-builder.js';

export interface ContentHolderOptions {
  contentDir: string;
  configDir: string;
  timezone: string;
  now?: () => Date;
  /** How snapshots are built (cache, worker pool); default: in this thread, no cache. */
  builder?: SnapshotBuilder;
}

/** CONTENT_DIR is missing or not a folder: the bot does not start (the CLI refuses the same way). */
export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

/** Why `dir` cannot be the content folder, or null when it can. */
export function contentDirProblem(dir: string): string | null {
  if (!existsSync(dir)) return `content folder not found: ${dir}`;
  if (!statSync(dir).isDirectory()) return `content folder is a file, not a folder: ${dir}`;
  return null;
}

/**
 * Builds the first snapshot at start (throws ContentDirError when the folder is missing) and
 * rebuilds on reload, off the event loop when the builder has a worker pool: commands keep being
 * answered from the old snapshot meanwhile. The new snapshot replaces the old one in a single
 * assignment, and only when it is sound: a missing content folder, an invalid config file, or an
 * article that was served and whose file is still there but no longer loads (metadata.yaml became
 * unreadable, the page became binary …) keeps the old snapshot serving and reports why, errors
 * first. Reloads never overlap: one asked for during another runs after it (asks meanwhile share it).
 */
export async function openContentHolder(options: ContentHolderOptions): Promise<ContentHolder> {
  checkContentDir(options.contentDir);
  const builder = options.builder ?? inThread(options);
  return holding(await builder.build((options.now ?? (() => new Date()))()), builder, options);
}

/** Like openContentHolder, with the first snapshot built at once in this thread (tests, tools). */
export function createContentHolder(options: ContentHolderOptions): ContentHolder {
  checkContentDir(options.contentDir);
  const now = options.now ?? (() => new Date());
  return holding(buildSnapshot({ contentDir: options.contentDir, configDir: options.configDir, timezone: options.timezone }, now()), options.builder ?? inThread(options), options);
}

function checkContentDir(dir: string): void {
  const missing = contentDirProblem(dir);
  if (missing) throw new ContentDirError(`${missing} (set CONTENT_DIR to the folder of article .txt files)`);
}

function inThread(options: ContentHolderOptions): SnapshotBuilder {
  return createSnapshotBuilder({ contentDir: options.contentDir, configDir: options.configDir, timezone: options.timezone, cache: noAnalysisCache, pool: null });
}

function holding(initial: Snapshot, builder: SnapshotBuilder, options: ContentHolderOptions): ContentHolder {
  const now = options.now ?? (() => new Date());
  let snapshot = initial;

  const reloadOnce = async (): Promise<ReloadReport> => {
    const before = new Set(snapshot.articles.map((a) => a.id));
    const gone = contentDirProblem(options.contentDir);
    if (gone) return refused(snapshot, gone);
    let next: Snapshot;
    try {
      next = await builder.build(now());
    } catch (cause) {
      return refused(snapshot, `reload failed: ${(cause as Error).message}`);
    }
    if (!next.configOk) {
      return refused(snapshot, 'config data is invalid; the previous snapshot keeps serving', next.problems);
    }
    const after = new Set(next.articles.map((a) => a.id));
    // A served article whose file is still there but did not load was lost to a problem, not deleted.
    const lost = snapshot.articles.filter((a) => !after.has(a.id) && existsSync(join(options.contentDir, a.file))).map((a) => a.id);
    if (lost.length > 0) {
      const shown = lost.length > 5 ? `${lost.slice(0, 5).join(', ')} … (+${lost.length - 5})` : lost.join(', ');
      return refused(snapshot, `${lost.length} served article(s) would be lost (${shown}): their files are there but no longer load; fix the errors below or delete those files`, next.problems);
    }
    snapshot = next;
    return {
      ok: true,
      articles: next.articles.length,
      added: [...after].filter((id) => !before.has(id)),
      removed: [...before].filter((id) => !after.has(id)),
      problems: next.problems,
    };
  };
  let running: Promise<ReloadReport> | null = null;
  let queued: Promise<ReloadReport> | null = null;
  const reload = (): Promise<ReloadReport> => {
    if (!running) {
      running = reloadOnce().finally(() => {
        running = null;
      });
      return running;
    }
    // a reload asked for during another must see the files as they are after it: one more runs next
    queued ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      queued = null;
      return reload();
    });
    return queued;
  };
  return { current: () => snapshot, reload };
}

function refused(current: Snapshot, error: string, problems: Problem[] = []): ReloadReport {
  const errorsFirst = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  return { ok: false, articles: current.articles.length, added: [], removed: [], problems: errorsFirst, error };
}
