import type { GoldArticle } from './gold.js';
import { norm } from './fact-match.js';

/** Spaces around punctuation and inside brackets are the page's typing, not its headline (`CG : समर` = `CG: समर`, `बारिश,मौसम` = `बारिश, मौसम`). */
const unspaced = (s: string): string => norm(s).replace(/\s+(?=[:!?,।)])/gu, '').replace(/(?<=[,:;])\s+/gu, '').replace(/\(\s+/gu, '(');

/** The headline found is the gold's headline (or, without one, the start of the lead). */
export function titleOk(found: string, gold: GoldArticle): boolean {
  const t = unspaced(found).replace(/[।.…]+$/u, '');
  if (gold.title) {
    const g = unspaced(gold.title).replace(/[।.…]+$/u, '');
    const [short, long] = t.length < g.length ? [t, g] : [g, t];
    return t === g || (short.length >= 0.8 * long.length && long.includes(short));
  }
  const lead = unspaced(gold.lead ?? '');
  return t.length >= 10 && lead.startsWith(t.replace(/[,;:—–-]+$/u, '').trim());
}
