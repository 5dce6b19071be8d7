import { isMap, LineCounter, parseDocument } from 'yaml';
import { normaliseKey, readEntry, type MetadataEntry, type Warn } from './metadata-entry.js';

const ARTICLES_LINE = /^articles[ \t]*:[ \t]*(?:#.*)?$/;
const SKIPPED = /^[ \t]*(?:#.*)?$/;

interface Chunk {
  /** 0-based index of the chunk's first line in the file. */
  start: number;
  lines: string[];
}

/**
 * Reads the `articles:` block of a metadata.yaml that is not valid YAML as a whole, one entry at a
 * time: an entry is a line at the block's indentation plus the more indented lines under it. Each
 * entry is parsed on its own, so one bad line costs only its own entry; an entry that does not
 * parse is returned as `unreadable` (with the key read from its first line) so that its article
 * is reported, never silently dropped. No `articles:` line at column 0: nothing can be recovered.
 */
export function recoverEntries(text: string, warn: Warn): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  for (const chunk of chunksOf(text.split('\n').map((l) => l.replace(/\r$/, '')))) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(chunk.lines.join('\n'), { lineCounter, prettyErrors: false, uniqueKeys: false });
    const lineOf = (offset: number | undefined): number | undefined =>
      offset === undefined ? undefined : chunk.start + lineCounter.linePos(offset).line;
    const root = doc.contents;
    if (doc.errors.length === 0 && isMap(root)) {
      for (const pair of root.items) entries.push(readEntry(pair, lineOf, warn));
      continue;
    }
    const reason = doc.errors[0]?.message.split('\n')[0] ?? 'not a `name: {published: …}` entry';
    const key = keyOf(chunk.lines[0] ?? '');
    const line = chunk.start + 1;
    if (key === null) warn(`line ${line} is not a metadata entry (${reason}); ignored`, line);
    else entries.push({ key, published: undefined, language: undefined, line, unreadable: reason });
  }
  return entries;
}

function chunksOf(lines: string[]): Chunk[] {
  const start = lines.findIndex((l) => ARTICLES_LINE.test(l));
  if (start < 0) return [];
  const chunks: Chunk[] = [];
  let indent = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const current = chunks.at(-1);
    if (SKIPPED.test(line)) {
      current?.lines.push(line);
      continue;
    }
    const lead = line.slice(0, line.length - line.trimStart().length);
    if (lead === '') break; // the next top-level key ends the block
    if (current && lead.includes('\t')) {
      current.lines.push(line); // tab indentation is invalid YAML: it breaks the entry it is in
      continue;
    }
    if (indent < 0) indent = lead.length;
    if (lead.length <= indent || !current) chunks.push({ start: i, lines: [line] });
    else current.lines.push(line);
  }
  return chunks;
}

/** The key of an entry's first line (`  b.txt: {…` → `b.txt`), or null when there is none. */
function keyOf(line: string): string | null {
  const text = line.trim();
  const colon = text.search(/:(?:\s|$)/);
  if (colon <= 0) return null;
  const key = text.slice(0, colon).trim().replace(/^["']|["']$/g, '');
  return key === '' || /[{}[\],]/.test(key) ? null : normaliseKey(key);
}
