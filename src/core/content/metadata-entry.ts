import { isMap, isScalar, type Pair } from 'yaml';

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
  /** Why the entry could not be read (invalid YAML); its fields are then unknown. */
  unreadable?: string;
}

/** Maps a character offset of the parsed text to its 1-based line in the file. */
export type LineOf = (offset: number | undefined) => number | undefined;
export type Warn = (message: string, line?: number) => void;

const ENTRY_KEYS = new Set(['published', 'language']);

/** Reads one `key: {published, language}` (or `key: 2024-06-18`) pair; unknown and repeated fields are warnings. */
export function readEntry(pair: Pair, lineOf: LineOf, warn: Warn): MetadataEntry {
  const key = normaliseKey(keyText(pair));
  const line = lineOf(rangeOf(pair.key));
  const value = pair.value;
  if (!isMap(value)) {
    // `a.txt: 2024-06-18` is read as the published date
    const scalar = isScalar(value) ? value.toJSON() : value === null ? undefined : (value as { toJSON(): unknown }).toJSON();
    return { key, published: scalar, language: undefined, line, publishedLine: line };
  }
  const fields: Record<string, unknown> = {};
  let publishedLine: number | undefined;
  for (const item of value.items) {
    const name = keyText(item);
    const itemLine = lineOf(rangeOf(item.key));
    if (!ENTRY_KEYS.has(name)) {
      warn(`unknown key "${name}" in entry "${key}" (expected published, language)`, itemLine);
      continue;
    }
    if (name in fields) warn(`duplicate key "${name}" in entry "${key}"; the last one wins`, itemLine);
    fields[name] = item.value === null ? null : (item.value as { toJSON(): unknown }).toJSON();
    if (name === 'published') publishedLine = lineOf(rangeOf(item.value)) ?? itemLine;
  }
  return { key, published: fields.published, language: fields.language, line, publishedLine: publishedLine ?? line };
}

export function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

export function rangeOf(node: unknown): number | undefined {
  return (node as { range?: [number, number] } | null | undefined)?.range?.[0];
}

export function normaliseKey(key: string): string {
  return key.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
