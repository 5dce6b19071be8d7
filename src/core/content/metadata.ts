import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { Problem } from '../types.js';
import { keyText, rangeOf, readEntry, type LineOf, type MetadataEntry, type Warn } from './metadata-entry.js';
import { recoverEntries } from './metadata-recovery.js';

export { normaliseKey, type MetadataEntry } from './metadata-entry.js';

export interface Metadata {
  entries: MetadataEntry[];
  problems: Problem[];
  /** False when part of the file could not be read: an article without an entry may have lost it there. */
  complete: boolean;
}

/**
 * Reads metadata.yaml entry by entry, so that one bad entry never hides the others. A syntax error
 * is an error with its line, and the file is then read again one entry at a time (see
 * metadata-recovery.ts): the entries that parse are kept, the others are marked unreadable.
 * Unknown and duplicate keys are warnings. Every problem carries the YAML line.
 */
export function readMetadata(text: string, label: string): Metadata {
  const source = text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems: Problem[] = [];
  const at: LineOf = (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const warn: Warn = (message, line) => {
    problems.push({ file: label, ...(line === undefined ? {} : { line }), message, severity: 'warning' });
  };
  if (doc.errors.length > 0) {
    const lines = new Set<number | undefined>();
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line ?? at(e.pos[0]);
      if (lines.has(line)) continue; // the first error of a line says it; the rest follow from it
      lines.add(line);
      problems.push({ file: label, line, message: `invalid YAML: ${e.message.split('\n')[0]}`, severity: 'error' });
    }
    const recovered = recoverEntries(source, warn);
    return { entries: keepLast(recovered, warn), problems, complete: false };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    warn('metadata file is empty');
    return { entries: [], problems, complete: true };
  }
  if (!isMap(root)) {
    problems.push({ file: label, line: at(rangeOf(root)), message: 'expected a mapping with an `articles:` key', severity: 'error' });
    return { entries: [], problems, complete: false };
  }
  let articles: Pair | undefined;
  for (const pair of root.items) {
    const name = keyText(pair);
    if (name === 'articles') articles = pair;
    else warn(`unknown key "${name}" (expected "articles")`, at(rangeOf(pair.key)));
  }
  if (!articles || !isMap(articles.value)) {
    const empty = articles && (articles.value === null || (isScalar(articles.value) && articles.value.value === null));
    if (!empty) warn('no `articles:` mapping: no article has metadata', at(rangeOf(articles?.key)));
    return { entries: [], problems, complete: true };
  }
  const entries = articles.value.items.map((pair) => readEntry(pair, at, warn));
  return { entries: keepLast(entries, warn), problems, complete: true };
}

/** One entry per key: a repeated key is a warning on its line, and the last one wins. */
function keepLast(entries: MetadataEntry[], warn: Warn): MetadataEntry[] {
  const last = new Map<string, MetadataEntry>();
  for (const entry of entries) {
    const first = last.get(entry.key);
    if (first) warn(`duplicate entry "${entry.key}" (first on line ${first.line ?? '?'}); the last one wins`, entry.line);
    last.set(entry.key, entry);
  }
  return [...last.values()];
}
