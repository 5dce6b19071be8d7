import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createKickerRemover } from '../src/core/content/kicker.js';
import { loadData } from '../src/core/data/load-data.js';
import { buildSnapshot } from '../src/core/pipeline/build-snapshot.js';
import { toFactsJson } from '../src/core/pipeline/facts-json.js';
import { readGold, type GoldArticle } from './gold.js';
import { KINDS, scoreArticle, type ArticleScore } from './score.js';
import { totals, type SetTotals } from './totals.js';

/** One part of an evaluation set: eval/<set>/<part>/{content/, gold.yaml}. */
export interface EvalPart {
  set: string;
  part: string;
  dir: string;
}

export function listParts(root: string): EvalPart[] {
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((set) =>
    readdirSync(join(root, set.name), { withFileTypes: true })
      .filter((p) => p.isDirectory() && existsSync(join(root, set.name, p.name, 'gold.yaml')))
      .map((p) => ({ set: set.name, part: p.name, dir: join(root, set.name, p.name) })));
}

/** Runs the whole pipeline on one part's content and scores every article that has gold. */
export function scorePart(part: EvalPart, configDir: string): { scores: ArticleScore[]; sites: string[]; unscored: string[] } {
  const gold = readGold(join(part.dir, 'gold.yaml'));
  const strip = createKickerRemover(loadData(configDir).data.cleaning);
  const snapshot = buildSnapshot({ contentDir: join(part.dir, 'content'), configDir, timezone: 'UTC' });
  const byId = new Map(snapshot.articles.map((a) => [a.id, a]));
  const scores: ArticleScore[] = [];
  const unscored: string[] = [];
  for (const [id, g] of Object.entries(gold.articles) as [string, GoldArticle][]) {
    const article = byId.get(id);
    if (article) scores.push(scoreArticle(toFactsJson(article), g, (line) => strip(line, [])));
    else unscored.push(id);
  }
  return { scores, sites: gold.sites, unscored };
}

const pct = (x: number): string => x.toFixed(3);

function table(name: string, t: SetTotals, sites: number): string {
  const rows = KINDS.map((k) => {
    const x = t.kinds[k];
    return `  ${k.padEnd(14)} recall ${pct(x.recall)} (${x.hit}/${x.expected})  precision ${pct(x.precision)} (${x.correct}/${x.found})${x.respelled ? `  [${x.respelled} spelled or disambiguated differently]` : ''}`;
  });
  return [
    `${name}: ${t.articles} articles from ${sites} sites`,
    ...rows,
    `  numbers, each fact once (a headline repeating the body is one fact): recall ${pct(t.numberFacts.recall)} (${t.numberFacts.hit}/${t.numberFacts.expected})`,
    `  titles         ${t.titles.ok}/${t.titles.total}  (${t.titles.withoutKicker}/${t.titles.total} counting an SEO kicker the product drops by design)`,
    `  qualifiers     ${t.qualifier.agreed}/${t.qualifier.checked} agree   roles ${t.role.agreed}/${t.role.checked} agree`,
    `  furniture/traps found: ${t.violations} (${t.violationsOutsideSummary} in a title, fact or entity; the rest only inside summary sentences)`,
  ].join('\n');
}

function details(scores: ArticleScore[]): string {
  return scores.flatMap((s) => {
    const lines = [
      ...(s.titleOk ? [] : [`title: ${s.title}`]),
      ...KINDS.flatMap((k) => [...s.kinds[k].missed.map((m) => `${k} missed: ${m}`), ...s.kinds[k].wrong.map((w) => `${k} wrong: ${w}`), ...s.kinds[k].respelled.map((r) => `${k} respelled: ${r}`)]),
      ...s.qualifier.disagreed.map((d) => `qualifier: ${d}`),
      ...s.role.disagreed.map((d) => `role: ${d}`),
      ...s.violations.map((v) => `absent found${s.violationsOutsideSummary.includes(v) ? '' : ' (summary only)'}: ${v}`),
    ];
    return lines.length ? [`# ${s.article}`, ...lines.map((l) => `  ${l}`)] : [];
  }).join('\n');
}

/** `npm run eval [-- --details] [-- --set dev] [-- --parts] [-- --skip part,part]`: scores every evaluation set and prints a table (with --parts, one per part too). */
export function main(argv: string[]): void {
  const root = resolve('eval');
  const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  const skip = argv.includes('--skip') ? (argv[argv.indexOf('--skip') + 1] ?? '').split(',') : [];
  const parts = listParts(root).filter((p) => (only === undefined || p.set === only) && !skip.includes(p.part));
  const sets = [...new Set(parts.map((p) => p.set))];
  for (const set of sets) {
    const results = parts.filter((p) => p.set === set).map((p) => scorePart(p, resolve('config')));
    const scores = results.flatMap((r) => r.scores);
    const sites = new Set(results.flatMap((r) => r.sites)).size;
    process.stdout.write(`${table(set, totals(scores), sites)}\n`);
    if (argv.includes('--parts')) for (const [k, r] of results.entries()) process.stdout.write(`${table(`${set}/${parts.filter((p) => p.set === set)[k]?.part}`, totals(r.scores), r.sites.length)}\n`);
    const unscored = results.flatMap((r) => r.unscored);
    if (unscored.length) process.stdout.write(`  not loaded (no score): ${unscored.join(', ')}\n`);
    if (argv.includes('--details')) process.stdout.write(`${details(scores)}\n`);
    process.stdout.write('\n');
  }
}

