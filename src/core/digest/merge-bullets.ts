import type { AnalysedArticle } from '../types.js';

const MAX_BULLETS = 6;
const SIMILAR = 0.5;

/**
 * Bullets of a story: the primary article's summary, then from each other source its first line
 * whose English is a sentence (its `enSource` is not `facts`, the structured line) and adds something
 * (shares less than half its words with the bullets already chosen).
 */
export function mergeBullets(articles: readonly AnalysedArticle[]): { hi: string[]; en: string[] } {
  const [primary, ...others] = articles;
  if (!primary) return { hi: [], en: [] };
  const hi = [...primary.summary.hi];
  const en = [...primary.summary.en];
  for (const other of others) {
    if (hi.length >= MAX_BULLETS) break;
    const pick = other.summary.hi.findIndex(
      (line, i) => (other.summary.enSource[i] ?? 'facts') !== 'facts' && hi.every((existing) => overlap(line, existing) < SIMILAR),
    );
    if (pick < 0) continue;
    hi.push(other.summary.hi[pick] as string);
    en.push(other.summary.en[pick] as string);
  }
  return { hi, en };
}

function words(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 1));
}

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.size;
}
