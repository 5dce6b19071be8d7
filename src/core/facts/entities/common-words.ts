import { readFileSync } from 'node:fs';
import { cacheKey, readCached, writeCached } from '../../data/yaml-cache.js';
import type { Problem } from '../../types.js';
import { phraseKey } from './tokens.js';

/** One Devanagari word, hyphenated parts allowed. */
const WORD = /^[\u0900-\u097F]+(?:-[\u0900-\u097F]+)*$/u;

export interface CommonWords {
  /** Folded keys (see `phraseKey`) of everyday words that are never a name by themselves. */
  keys: string[];
  problems: Problem[];
}

/**
 * Reads config/common-words.txt (one word a line, `#` comments) into folded keys. Folding ~57,000
 * words costs ~0.3 s, so the folded list is kept in the JSON cache keyed by the file's hash (like
 * parsed YAML); a changed file is folded and validated again. Never throws: a missing file or a
 * line that is not one Devanagari word is a warning, and the rest still loads.
 */
export function readCommonWords(path: string, label = path): CommonWords {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (cause) {
    return { keys: [], problems: [{ file: label, message: `cannot read file: ${(cause as Error).message}`, severity: 'warning' }] };
  }
  const key = cacheKey(`common-words\n${text}`);
  const cached = readCached(key);
  if (Array.isArray(cached) && cached.every((k) => typeof k === 'string')) return { keys: cached as string[], problems: [] };
  const keys: string[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const word = raw.replace(/#.*$/, '').trim();
    if (word.length === 0) return;
    if (!WORD.test(word)) {
      problems.push({ file: label, line: i + 1, message: `not one Devanagari word: ${word.slice(0, 40)}`, severity: 'warning' });
      return;
    }
    keys.push(phraseKey(word));
  });
  if (problems.length === 0) writeCached(key, keys);
  return { keys, problems };
}

/**
 * The feminine plural verb forms of folded everyday words ending in ई (रही → रहीं, गई → गईं, बनी → बनीं,
 * की → कीं): every such word with a nasal mark added. Hindi names never end so, and a word list rarely
 * spells every plural (`केंद्रीय मंत्री रहीं` named "Rahin").
 */
export function nasalPlurals(keys: Iterable<string>): string[] {
  const out: string[] = [];
  for (const key of keys) if (/[\u093F\u0940\u0907\u0908]$/u.test(key) && !key.includes(' ')) out.push(`${key}\u0902`);
  return out;
}
