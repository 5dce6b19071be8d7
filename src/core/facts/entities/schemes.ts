import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** Token range of a scheme name found in a sentence. */
export interface SchemeSpan {
  from: number;
  to: number;
}

export type SchemeFinder = (tokens: readonly Token[]) => SchemeSpan[];

/**
 * Finds scheme and slogan names that hold a place name (`आयुष्मान भारत`, `स्वच्छ भारत मिशन`,
 * `मेक इन इंडिया`), longest first: their words are claimed before the gazetteer so that the place
 * inside is not reported (a scheme is not an entity; GOLD.md puts schemes in `optional`).
 */
export function createSchemeFinder(data: EntitiesData): SchemeFinder {
  const schemes = new Set(data.schemes.map(phraseKey).filter((k) => k.length > 0));
  const maxLen = Math.max(1, ...[...schemes].map((k) => k.split(' ').length));
  return (tokens) => {
    const out: SchemeSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(maxLen, tokens.length - i); n >= 1; n--) {
        const parts = tokens.slice(i, i + n);
        if (parts.some((t, k) => k > 0 && !t.joined)) continue;
        if (!schemes.has(parts.map((t) => t.text).join(' '))) continue;
        out.push({ from: i, to: i + n });
        i += n - 1;
        break;
      }
    }
    return out;
  };
}
