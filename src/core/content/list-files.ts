import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../types.js';

/** Folder depth beyond which the walk stops (guards against symlink loops). */
const MAX_DEPTH = 32;

export interface Listing {
  /** Paths relative to the root, with `/` separators, sorted. */
  files: string[];
  problems: Problem[];
  /** False when the root itself could not be read. */
  ok: boolean;
}

/**
 * Lists every file below `root` (any depth), skipping hidden entries (`.git`, `.DS_Store`) and
 * `node_modules`. Unreadable folders become problems; the walk never throws.
 */
export function listFiles(root: string): Listing {
  const files: string[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();

  const walk = (rel: string, depth: number): boolean => {
    const abs = rel === '' ? root : join(root, rel);
    let names: string[];
    try {
      const real = realpathSync(abs);
      if (visited.has(real) || depth > MAX_DEPTH) return true;
      visited.add(real);
      names = readdirSync(abs);
    } catch (cause) {
      const what = rel === '' ? 'content folder' : 'folder';
      problems.push({ file: rel === '' ? root : rel, message: `cannot read ${what}: ${reason(cause)}`, severity: 'error' });
      return false;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let isDir = false;
      try {
        isDir = statSync(join(root, childRel)).isDirectory();
      } catch (cause) {
        problems.push({ file: childRel, message: `cannot read: ${reason(cause)}`, severity: 'warning' });
        continue;
      }
      if (isDir) walk(childRel, depth + 1);
      else files.push(childRel);
    }
    return true;
  };

  const ok = walk('', 0);
  files.sort();
  return { files, problems, ok };
}

function reason(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  return error.code ?? error.message ?? String(cause);
}
