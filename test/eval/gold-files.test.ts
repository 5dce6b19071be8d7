import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../eval/gold.js';
import { listParts } from '../../eval/run.js';

/**
 * The evaluation sets are data the README's figures rest on: every gold file parses, every article
 * has its page and publication date, every quoted span is on its page, and no site is in both sets.
 */
const parts = listParts(resolve('eval'));

describe('evaluation sets', () => {
  it('has a dev set and a frozen test set of at least 40 pages from at least 15 sites', () => {
    const frozen = parts.filter((p) => p.set === 'frozen').map((p) => readGold(join(p.dir, 'gold.yaml')));
    expect(parts.some((p) => p.set === 'dev')).toBe(true);
    expect(frozen.reduce((n, g) => n + Object.keys(g.articles).length, 0)).toBeGreaterThanOrEqual(40);
    expect(new Set(frozen.flatMap((g) => g.sites)).size).toBeGreaterThanOrEqual(15);
  });

  it('keeps the sites of the dev and frozen sets apart', () => {
    const sitesOf = (set: string) => new Set(parts.filter((p) => p.set === set).flatMap((p) => readGold(join(p.dir, 'gold.yaml')).sites));
    const frozen = sitesOf('frozen');
    expect([...sitesOf('dev')].filter((s) => frozen.has(s))).toEqual([]);
  });

  it.each(parts.map((p) => [`${p.set}/${p.part}`, p] as const))('%s: every gold article has its page, a date, and spans found on the page', (_name, part) => {
    const gold = readGold(join(part.dir, 'gold.yaml'));
    const meta = parse(readFileSync(join(part.dir, 'content', 'metadata.yaml'), 'utf8')) as { articles: Record<string, { published: unknown }> };
    const missing: string[] = [];
    for (const [id, g] of Object.entries(gold.articles)) {
      expect(meta.articles[`${id}.txt`]?.published, `${id}: published`).toBeDefined();
      const page = readFileSync(join(part.dir, 'content', `${id}.txt`), 'utf8').normalize('NFC').replace(/\s+/gu, ' ');
      const spans = [g.title, g.lead, ...g.dates.map((d) => d.text), ...g.numbers.map((n) => n.text)];
      for (const s of spans) if (s && !page.includes(s.normalize('NFC').replace(/\s+/gu, ' ').trim())) missing.push(`${id}: ${s}`);
    }
    expect(missing).toEqual([]);
  });
});
