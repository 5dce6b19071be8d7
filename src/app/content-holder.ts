import { existsSync, statSync } from 'node:fs';
import { buildSnapshot, type Snapshot } from '../core/pipeline/build-snapshot.js';
import type { ContentHolder, ReloadReport } from './ports/app-port.js';

export interface ContentHolderOptions {
  contentDir: string;
  configDir: string;
  timezone: string;
  now?: () => Date;
}

/**
 * Builds the first snapshot at start and rebuilds on reload. The new snapshot replaces the old one
 * in a single assignment, and only when it is sound: a missing content folder or an invalid config
 * file keeps the old snapshot serving and reports why.
 */
export function createContentHolder(options: ContentHolderOptions): ContentHolder {
  const now = options.now ?? (() => new Date());
  const build = (): Snapshot =>
    buildSnapshot({ contentDir: options.contentDir, configDir: options.configDir, timezone: options.timezone }, now());
  let snapshot = build();
  return {
    current: () => snapshot,
    reload(): ReloadReport {
      const before = new Set(snapshot.articles.map((a) => a.id));
      if (!existsSync(options.contentDir) || !statSync(options.contentDir).isDirectory()) {
        return refused(snapshot, `content folder not found: ${options.contentDir}`);
      }
      let next: Snapshot;
      try {
        next = build();
      } catch (cause) {
        return refused(snapshot, `reload failed: ${(cause as Error).message}`);
      }
      if (!next.configOk) {
        return { ...refused(snapshot, 'config data is invalid; the previous snapshot keeps serving'), problems: next.problems };
      }
      const after = new Set(next.articles.map((a) => a.id));
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

function refused(current: Snapshot, error: string): ReloadReport {
  return { ok: false, articles: current.articles.length, added: [], removed: [], problems: [], error };
}
