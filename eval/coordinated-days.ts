import type { ArticleFactsJson } from '../src/core/pipeline/facts-json.js';
import type { GoldDate } from './gold.js';

type FoundDate = ArticleFactsJson['facts']['dates'][number];

/** A coordinator between two days in a gold text (`05 और 06 जुलाई`, `एक व दो मार्च`). */
const COORDINATED = /\s(?:और|व|एवं|तथा)\s/u;
/** A range said with "between" (`1 जून और 30 जून के बीच`): its days in between are part of it, two points are a miss. */
const BETWEEN = /बीच/u;
const DAY_MS = 86_400_000;
/** True when `end` is the day after `value` (two coordinated days are then the whole range). */
const nextDay = (value: string, end: string): boolean => Date.parse(end) - Date.parse(value) === DAY_MS;

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
    // only two adjacent days said with a coordinator, found in one sentence: nothing of the range is lost
    if (g.end === undefined || !COORDINATED.test(g.text) || BETWEEN.test(g.text) || !nextDay(g.value, g.end)) continue;
    const first = out.findIndex((d) => d.end === undefined && d.value === g.value && inside(d.text, g.text));
    const second = out.findIndex((d) => d.end === undefined && d.value === g.end && inside(d.text, g.text));
    if (first < 0 || second < 0 || out[first]?.sentence !== out[second]?.sentence) continue;
    const merged: FoundDate = { ...(out[first] as FoundDate), text: g.text, end: g.end };
    out.splice(Math.max(first, second), 1);
    out.splice(Math.min(first, second), 1, merged);
  }
  return out;
}
