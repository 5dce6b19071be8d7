import type { Problem } from '../types.js';
import type { MetadataEntry } from './metadata.js';

const baseName = (file: string): string => file.split('/').pop() ?? file;
const idOf = (file: string): string => baseName(file).replace(/\.txt$/i, '');

/**
 * Pairs metadata entries with article files. A key may be the relative path (`news/a.txt`), the
 * file name (`a.txt`) or the id (`a`); a path match wins over a name match. Entries that name no
 * article file, or more than one, are warnings.
 */
export function matchMetadata(entries: MetadataEntry[], files: string[], label: string, problems: Problem[]): Map<string, MetadataEntry> {
  const byFile = new Map<string, MetadataEntry>();
  const exact = new Set(files);
  const warn = (entry: MetadataEntry, message: string): void => {
    problems.push({ file: label, ...(entry.line ? { line: entry.line } : {}), message, severity: 'warning' });
  };
  // files by name and by id, in path order (one pass: a lookup per entry, not a scan of every file)
  const byName = new Map<string, string[]>();
  for (const file of files) {
    for (const name of new Set([baseName(file), idOf(file)])) {
      const list = byName.get(name);
      if (list) list.push(file);
      else byName.set(name, [file]);
    }
  }
  for (const entry of entries) if (exact.has(entry.key)) byFile.set(entry.key, entry);
  for (const entry of entries) {
    if (exact.has(entry.key)) continue;
    const targets = entry.key.includes('/') ? [] : (byName.get(entry.key) ?? []);
    if (targets.length === 0) {
      warn(entry, `metadata for a missing file "${entry.key}"`);
      continue;
    }
    if (targets.length > 1) warn(entry, `"${entry.key}" matches several files (${targets.join(', ')}); use the relative path`);
    for (const target of targets) if (!byFile.has(target)) byFile.set(target, entry);
  }
  return byFile;
}
