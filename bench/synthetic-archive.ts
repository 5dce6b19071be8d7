/**
 * A synthetic archive for the scale benchmarks, built from real analysed pages: each copy of a page
 * is published on another day (its dates moved with it), keeps about 70% of its entities and picks
 * up to two from other pages, so copies a few days apart read as one story and the rest do not.
 */
import { existsSync } from 'node:fs';
import { loadContent } from '../src/core/content/load-content.js';
import { loadData } from '../src/core/data/load-data.js';
import { createAnalyser } from '../src/core/pipeline/create-analyser.js';
import type { AnalysedArticle, DateFact, EntitySummary } from '../src/core/types.js';

/** Folders of real pages the copies are made from (eval/dev may be missing). */
const SEED_DIRS = ['content', 'test/fixtures/unseen-news', 'test/fixtures/unseen-facts', 'eval/dev/main/content'];

export function analysedSeeds(root = process.cwd()): AnalysedArticle[] {
  const analyse = createAnalyser(loadData(`${root}/config`).data);
  return SEED_DIRS.filter((dir) => existsSync(`${root}/${dir}`)).flatMap((dir) =>
    loadContent(`${root}/${dir}`, { timezone: 'Asia/Kolkata' }).articles.map((source) => analyse({ ...source, id: `${dir}/${source.id}` })),
  );
}

/** Deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function shiftValue(value: string, days: number): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return iso(Date.parse(`${value}T00:00:00Z`) + days * DAY);
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return iso(Date.parse(`${value}-15T00:00:00Z`) + days * DAY).slice(0, 7);
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const week = Number(m[1]) * 52 + Number(m[2]) - 1 + Math.round(days / 7);
    return `${Math.floor(week / 52)}-W${String((week % 52) + 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})$/.exec(value);
  return m ? String(Number(m[1]) + Math.round(days / 365)) : value;
}

/**
 * `count` copies of the seeds, `perDay` a day, newest on `lastDay`. Copies share the seeds'
 * sentences and texts (only ids, dates and entities differ), so 100k of them fit in memory.
 */
export function syntheticArchive(seeds: readonly AnalysedArticle[], count: number, options: { perDay?: number; lastDay?: string; seed?: number } = {}): AnalysedArticle[] {
  const rnd = random(options.seed ?? 20261204);
  const span = Math.max(1, Math.ceil(count / (options.perDay ?? 25)));
  const last = Date.parse(`${options.lastDay ?? '2025-03-13'}T00:00:00Z`);
  const pool = seeds.flatMap((s) => [...s.entities.people, ...s.entities.places, ...s.entities.organisations]);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: AnalysedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const seed = seeds[k % seeds.length] as AnalysedArticle;
    const published = iso(last - Math.floor(rnd() * span) * DAY);
    const days = Math.round((Date.parse(`${published}T00:00:00Z`) - Date.parse(`${seed.published}T00:00:00Z`)) / DAY);
    const dates: DateFact[] = seed.facts.dates.map((d) => ({ ...d, value: shiftValue(d.value, days), ...(d.end ? { end: shiftValue(d.end, days) } : {}) }));
    const vary = (list: readonly EntitySummary[]): EntitySummary[] => list.filter(() => rnd() < 0.7);
    const extra = Array.from({ length: Math.floor(rnd() * 3) }, () => pick(pool));
    out.push({
      ...seed,
      id: `${seed.id}~${k}`,
      published,
      facts: { ...seed.facts, dates },
      entities: { people: [...vary(seed.entities.people), ...extra], places: vary(seed.entities.places), organisations: vary(seed.entities.organisations) },
    });
  }
  return out;
}
