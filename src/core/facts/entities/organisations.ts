import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** A `<portfolio> मंत्रालय` phrase: the generic English ministry ("Ministry of Foreign Affairs"). */
export interface MinistryMatch {
  from: number;
  to: number;
  ministry: string;
}

export interface MinistryMatcher {
  find(tokens: readonly Token[], claimed: readonly boolean[]): MinistryMatch[];
  /** The ministry's name for one country: config's own name, else `Ministry of X (Country)`. */
  name(ministry: string, country: string): string;
}

/**
 * Ministries named by pattern (`रूस के विदेश मंत्रालय` → Ministry of Foreign Affairs (Russia),
 * `अमेरिकी रक्षा मंत्रालय` → United States Department of Defense). The country comes from the
 * affiliation before the phrase; without one the ministry is not reported (its identity is unknown).
 */
export function createMinistryMatcher(data: EntitiesData): MinistryMatcher {
  const phrases = new Map<string, string>();
  for (const p of data.portfolios) {
    for (const hi of p.hi) phrases.set(phraseKey(`${hi} मंत्रालय`), `Ministry of ${p.ministry}`);
  }
  const maxLen = Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length));
  return {
    find(tokens, claimed) {
      const out: MinistryMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (let n = Math.min(maxLen, tokens.length - i); n >= 2; n--) {
          const parts = tokens.slice(i, i + n);
          if (parts.some((t, k) => (k > 0 && !t.joined) || claimed[i + k])) continue;
          const ministry = phrases.get(parts.map((t) => t.text).join(' '));
          if (ministry === undefined) continue;
          out.push({ from: i, to: i + n, ministry });
          i += n - 1;
          break;
        }
      }
      return out;
    },
    name(ministry, country) {
      return data.countryMinistries[country]?.[ministry] ?? `${ministry} (${country})`;
    },
  };
}
