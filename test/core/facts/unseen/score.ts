import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildSnapshot } from '../../../../src/core/pipeline/build-snapshot.js';
import { toFactsJson, type ArticleFactsJson } from '../../../../src/core/pipeline/facts-json.js';
import { KINDS, type Kind, type KindScore } from '../../../../eval/score.js';

/** Expected facts of one article (see expected.yaml for the format and conventions). */
const articleSchema = z.object({
  dates: z.array(z.array(z.string())).default([]),
  numbers: z.array(z.tuple([z.union([z.string(), z.number()]), z.number(), z.string()])).default([]),
  people: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  organisations: z.array(z.string()).default([]),
  optional: z.array(z.union([z.string(), z.number()])).default([]),
  absent: z.array(z.union([z.string(), z.number()])).default([]),
});
const fileSchema = z.record(z.string(), articleSchema);
type Expected = z.infer<typeof articleSchema>;

export { KINDS, type Kind, type KindScore } from '../../../../eval/score.js';

export interface ArticleScore {
  article: string;
  kinds: Record<Kind, KindScore>;
  /** Absent texts that were reported anyway. */
  violations: string[];
}

const overlap = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
const blank = (): KindScore => ({ expected: 0, hit: 0, found: 0, correct: 0, missed: [], wrong: [], respelled: [] });

function scoreArticle(json: ArticleFactsJson, exp: Expected): ArticleScore {
  const f = json.facts;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, blank()])) as Record<Kind, KindScore>;
  const optional = exp.optional.map(String);
  const dates = f.dates.filter((d) => d.sentence >= 0);
  const dateOk = (d: (typeof dates)[number], e: string[]): boolean =>
    overlap(d.text, e[0] ?? '') && d.value === e[1] && (d.end ?? undefined) === (e[2] ?? undefined);
  const numberOk = (n: (typeof f.numbers)[number], e: Expected['numbers'][number]): boolean =>
    overlap(n.text, String(e[0])) && Math.abs(n.value - e[1]) < 1e-6 && (e[2] === '*' || n.unit === e[2]);
  const tally = <F, E>(k: Kind, found: F[], expected: E[], ok: (x: F, e: E) => boolean, show: (x: F) => string, label: (e: E) => string, ignored: (x: F) => boolean): void => {
    const s = kinds[k];
    s.expected = expected.length;
    for (const e of expected) (found.some((x) => ok(x, e)) ? s.hit++ : s.missed.push(label(e)));
    for (const x of found) {
      if (expected.some((e) => ok(x, e))) {
        s.found++;
        s.correct++;
      } else if (!ignored(x)) {
        s.found++;
        s.wrong.push(show(x));
      }
    }
  };
  tally('dates', dates, exp.dates, dateOk, (d) => `${d.text}→${d.value}${d.end ? `/${d.end}` : ''}`, (e) => e.join('→'), (d) => optional.some((o) => overlap(d.text, o)));
  tally('numbers', f.numbers, exp.numbers, numberOk, (n) => `${n.text}→${n.value} ${n.unit}`, (e) => e.join('→'), (n) => optional.some((o) => overlap(n.text, o)));
  for (const k of ['people', 'places', 'organisations'] as const) {
    const names = exp[k].map((n) => n.split('|'));
    tally(k, f[k], names, (x, e) => e.includes(x.en), (x) => `${x.hi}=${x.en}`, (e) => e.join('|'), (x) => optional.includes(x.en));
  }
  const texts = [...dates.map((d) => d.text), ...f.numbers.map((n) => n.text)];
  const names = KINDS.slice(2).flatMap((k) => f[k as 'people'].flatMap((x) => [x.hi, x.en]));
  const violations = exp.absent.map(String).filter((a) => texts.some((t) => t.includes(a)) || names.includes(a));
  return { article: json.article, kinds, violations };
}

/** Runs the whole pipeline on a content folder and scores it against an expectations file. */
export function scoreFolder(contentDir: string, expectedFile: string): ArticleScore[] {
  const root = process.cwd();
  const expected = fileSchema.parse(parse(readFileSync(join(root, expectedFile), 'utf8')));
  const snapshot = buildSnapshot({ contentDir: join(root, contentDir), configDir: join(root, 'config'), timezone: 'UTC' });
  return snapshot.articles.map((a) => scoreArticle(toFactsJson(a), expected[a.id] ?? articleSchema.parse({})));
}

/** Sums per kind over articles. */
export function totals(scores: ArticleScore[]): Record<Kind, { recall: number; precision: number } & KindScore> {
  const out = {} as Record<Kind, { recall: number; precision: number } & KindScore>;
  for (const k of KINDS) {
    const s = scores.reduce((acc, a) => {
      const x = a.kinds[k];
      return { ...acc, expected: acc.expected + x.expected, hit: acc.hit + x.hit, found: acc.found + x.found, correct: acc.correct + x.correct };
    }, blank());
    out[k] = { ...s, recall: s.expected ? s.hit / s.expected : 1, precision: s.found ? s.correct / s.found : 1 };
  }
  return out;
}
