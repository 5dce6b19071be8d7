import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { Problem } from '../types.js';

/** One `articles:` entry of metadata.yaml, as written (validated later, per article). */
export interface MetadataEntry {
  /** The key as written, normalised to `/` separators without a leading `./`. */
  key: string;
  published: unknown;
  language: unknown;
  /** Line of the entry's key. */
  line?: number;
  /** Line of its `published:` value, when written. */
  publishedLine?: number;
}

export interface Metadata {
  entries: MetadataEntry[];
  problems: Problem[];
}

const ENTRY_KEYS = new Set(['published', 'language']);

/**
 * Reads metadata.yaml entry by entry, so that one bad entry never hides the others. Syntax errors
 * (the whole file is then unusable) are errors; unknown and duplicate keys are warnings. Every
 * problem carries the YAML line.
 */
export function readMetadata(text: string, label: string): Metadata {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems: Problem[] = [];
  const at = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const warn = (message: string, line?: number): void => {
    problems.push({ file: label, ...(line === undefined ? {} : { line }), message, severity: 'warning' });
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file: label, line: e.linePos?.[0]?.line ?? at(e.pos[0]), message: `invalid YAML: ${e.message.split('\n')[0]}`, severity: 'error' });
    }
    return { entries: [], problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    warn('metadata file is empty');
    return { entries: [], problems };
  }
  if (!isMap(root)) {
    problems.push({ file: label, line: at(rangeOf(root)), message: 'expected a mapping with an `articles:` key', severity: 'error' });
    return { entries: [], problems };
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
    return { entries: [], problems };
  }
  const entries: MetadataEntry[] = [];
  const seen = new Map<string, number | undefined>();
  for (const pair of articles.value.items) {
    const key = normaliseKey(keyText(pair));
    const line = at(rangeOf(pair.key));
    if (seen.has(key)) {
      warn(`duplicate entry "${key}" (first on line ${seen.get(key) ?? '?'}); the last one wins`, line);
    }
    seen.set(key, line);
    entries.push(readEntry(pair, key, line, at, warn));
  }
  return { entries: dedupe(entries), problems };
}

function readEntry(
  pair: Pair,
  key: string,
  line: number | undefined,
  at: (offset: number | undefined) => number | undefined,
  warn: (message: string, line?: number) => void,
): MetadataEntry {
  const value = pair.value;
  if (!isMap(value)) {
    // `a.txt: 2024-06-18` is read as the published date
    const scalar = isScalar(value) ? value.toJSON() : value === null ? undefined : (value as { toJSON(): unknown }).toJSON();
    return { key, published: scalar, language: undefined, line, publishedLine: line };
  }
  const fields: Record<string, unknown> = {};
  for (const item of value.items) {
    const name = keyText(item);
    if (!ENTRY_KEYS.has(name)) warn(`unknown key "${name}" in entry "${key}" (expected published, language)`, at(rangeOf(item.key)));
    else fields[name] = item.value === null ? null : (item.value as { toJSON(): unknown }).toJSON();
  }
  const publishedLine = at(rangeOf(value.get('published', true))) ?? line;
  return { key, published: fields.published, language: fields.language, line, publishedLine };
}

function dedupe(entries: MetadataEntry[]): MetadataEntry[] {
  const last = new Map<string, MetadataEntry>();
  for (const e of entries) last.set(e.key, e);
  return [...last.values()];
}

function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function rangeOf(node: unknown): number | undefined {
  return (node as { range?: [number, number] } | null | undefined)?.range?.[0];
}

export function normaliseKey(key: string): string {
  return key.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
