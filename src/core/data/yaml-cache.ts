import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A JSON copy of parsed YAML keyed by the YAML text's hash. Parsing the gazetteer and lexicons as
 * YAML costs ~0.6 s per start; JSON.parse of the same data ~15 ms. The key is the content hash, so an
 * edited file is never served stale. Best effort: any cache failure falls back to parsing.
 */
const CACHE_DIR = join(tmpdir(), 'khabar-yaml-cache');

export function cacheKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export function readCached(key: string): unknown {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, value: unknown): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const file = join(CACHE_DIR, `${key}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value ?? null));
    renameSync(temp, file);
  } catch {
    // a read-only or full temp folder only costs speed
  }
}
