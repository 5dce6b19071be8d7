import type { ArticleFactsJson } from '../src/core/pipeline/facts-json.js';
import type { GoldDate } from './gold.js';

type FoundDate = ArticleFactsJson['facts']['dates'][number];

/** A coordinator between two days in a gold text (`05 और 06 जुलाई`, `एक व दो मार्च`). */
const COORDINATED = /\s(?:और|व|एवं|तथा)\s/u;

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const inside = (part: string, whole: string): boolean => part !== '' && norm(whole).includes(norm(part));

/**
 * Issue 8 asks that coordinated days be dates each (`9 और 10 मार्च` is two dates); some gold files write such a
 * pair as one range (value = the first day, end = the second). Where the program found both days inside the
 * gold text, the two are read as that range: one expected fact, one found — neither form is penalised.
 */
export function coordinatedAsRange(found: readonly FoundDate[], gold: readonly GoldDate[]): FoundDate[] {
  const out = [...found];
  for (const g of gold) {
    if (g.end === undefined || !COORDINATED.test(g.text)) continue;
    const first = out.findIndex((d) => d.end === undefined && d.value === g.value && inside(d.text, g.text));
    const second = out.findIndex((d) => d.end === undefined && d.value === g.end && inside(d.text, g.text));
    if (first < 0 || second < 0) continue;
    const merged: FoundDate = { ...(out[first] as FoundDate), text: g.text, end: g.end };
    out.splice(Math.max(first, second), 1);
    out.splice(Math.min(first, second), 1, merged);
  }
  return out;
}
