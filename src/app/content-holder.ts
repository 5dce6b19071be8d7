import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, type Snapshot } from '../core/pipeline/build-snapshot.js';
import type { Problem } from '../core/types.js';
import type { ContentHolder, ReloadReport } from './ports/app-port.js';

export interface ContentHolderOptions {
  contentDir: string;
  configDir: string;
  timezone: string;
  now?: () => Date;
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
 * rebuilds on reload. The new snapshot replaces the old one in a single assignment, and only when
 * it is sound: a missing content folder, an invalid config file, or an article that was served and
 * whose file is still there but no longer loads (metadata.yaml became unreadable, the page became
 * binary …) keeps the old snapshot serving and reports why, errors first.
 */
export function createContentHolder(options: ContentHolderOptions): ContentHolder {
  const now = options.now ?? (() => new Date());
  const build = (): Snapshot =>
    buildSnapshot({ contentDir: options.contentDir, configDir: options.configDir, timezone: options.timezone }, now());
  const missing = contentDirProblem(options.contentDir);
  if (missing) throw new ContentDirError(`${missing} (set CONTENT_DIR to the folder of article .txt files)`);
  let snapshot = build();
  return {
    current: () => snapshot,
    reload(): ReloadReport {
      const before = new Set(snapshot.articles.map((a) => a.id));
      const gone = contentDirProblem(options.contentDir);
      if (gone) return refused(snapshot, gone);
      let next: Snapshot;
      try {
        next = build();
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
    },
  };
}

function refused(current: Snapshot, error: string, problems: Problem[] = []): ReloadReport {
  const errorsFirst = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  return { ok: false, articles: current.articles.length, added: [], removed: [], problems: errorsFirst, error };
}
