import type { ArticleFactsJson } from '../src/core/pipeline/facts-json.js';
import type { GoldArticle, GoldNumber } from './gold.js';
import { coordinatedAsRange } from './coordinated-days.js';
import { dateMatches, norm, numberMatches, overlap, type FoundNumber } from './fact-match.js';
import { spellingKey } from './spelling-key.js';
import { sameBaseName } from './disambiguation.js';
import { titleOk } from './title-match.js';

export const KINDS = ['dates', 'numbers', 'people', 'places', 'organisations'] as const;
export type Kind = (typeof KINDS)[number];

/** recall = hit / expected; precision = correct / found (found items named in `optional` are not counted). */
export interface KindScore {
  expected: number;
  hit: number;
  found: number;
  correct: number;
  missed: string[];
  wrong: string[];
  /** Found names that match the gold only by their spelling key (the right name, romanised another way). */
  respelled: string[];
}

/** Agreement on a number's `qualifier` / `role` among the numbers matched to gold that state one. */
export interface Agreement {
  checked: number;
  agreed: number;
  disagreed: string[];
}

export interface ArticleScore {
  article: string;
  kinds: Record<Kind, KindScore>;
  qualifier: Agreement;
  role: Agreement;
  /** The headline the program chose is the page's headline (or, without one, the start of the lead). */
  titleOk: boolean;
  /** `titleOk`, or the headline is the gold's once an SEO kicker the product drops by design (`IMD Weather Update:`) is off the gold too. */
  titleOkWithoutKicker: boolean;
  title: string;
  /**
   * Numbers counted once per fact: gold mentions of the same quantity (value, end, unit, role; a headline
   * repeating the body) form one fact, found when any of its mentions is found.
   */
  numberFacts: { expected: number; hit: number };
  /** `absent` texts (furniture, traps) found in a fact, entity, title or summary line. */
  violations: string[];
  /** Of `violations`, those found in the title, a fact or an entity (the rest are only inside summary sentences). */
  violationsOutsideSummary: string[];
}

const nameKey = (s: string): string => norm(s).toLowerCase().replace(/[-‐–.'’]/gu, ' ').replace(/\s+/gu, ' ');
const blank = (): KindScore => ({ expected: 0, hit: 0, found: 0, correct: 0, missed: [], wrong: [], respelled: [] });
const noAgreement = (): Agreement => ({ checked: 0, agreed: 0, disagreed: [] });

/** A found number's qualifier: the field when the program reports one, else exact/about from `approx`. */
const qualifierOf = (n: FoundNumber): string => n.qualifier ?? (n.approx ? 'about' : 'exact');

function tally<F, G>(s: KindScore, found: F[], gold: G[], ok: (f: F, g: G) => boolean, show: (f: F) => string, label: (g: G) => string, ignored: (f: F) => boolean): void {
  s.expected = gold.length;
  for (const g of gold) (found.some((f) => ok(f, g)) ? s.hit++ : s.missed.push(label(g)));
  for (const f of found) {
    if (gold.some((g) => ok(f, g))) {
      s.found++;
      s.correct++;
    } else if (!ignored(f)) {
      s.found++;
      s.wrong.push(show(f));
    }
  }
}

/** Scores one article's `facts --json` output against its gold. */
export function scoreArticle(json: ArticleFactsJson, gold: GoldArticle, dropKicker: (line: string) => string = (line) => line): ArticleScore {
  const f = json.facts;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, blank()])) as Record<Kind, KindScore>;
  const optional = gold.optional.map(norm);
  const isOptionalText = (t: string): boolean => optional.some((o) => overlap(norm(t), o));
  tally(kinds.dates, coordinatedAsRange(f.dates, gold.dates), gold.dates, dateMatches, (d) => `${d.text}→${d.value}${d.end ? `/${d.end}` : ''}`, (g) => `${g.text}→${g.value}${g.end ? `/${g.end}` : ''}`, (d) => isOptionalText(d.text));
  const numbers = f.numbers as FoundNumber[];
  tally(kinds.numbers, numbers, gold.numbers, numberMatches, (n) => `${n.text}→${n.value} ${n.unit ?? '-'}`, (g) => `${g.text}→${g.value} ${g.unit}`, (n) => isOptionalText(n.text));
  const factKey = (g: GoldNumber): string => [g.value, g.end ?? '', g.unit, g.role ?? ''].join('|');
  const facts = new Map<string, GoldNumber[]>();
  for (const g of gold.numbers) facts.set(factKey(g), [...(facts.get(factKey(g)) ?? []), g]);
  const factHit = (gs: GoldNumber[]): boolean => gs.some((g) => numbers.some((n) => numberMatches(n, g)));
  const numberFacts = { expected: facts.size, hit: [...facts.values()].filter(factHit).length };
  // a missed mention of a fact found at another of its mentions is marked, so the details show real losses apart
  kinds.numbers.missed = gold.numbers.filter((g) => !numbers.some((n) => numberMatches(n, g))).map((g) => `${g.text}→${g.value} ${g.unit}${factHit(facts.get(factKey(g)) ?? []) ? ' (fact found at another mention)' : ''}`);
  for (const k of ['people', 'places', 'organisations'] as const) {
    // a name matches its gold by its key, or by its spelling key or a disambiguator only one side has
    // (counted and listed as respelled)
    const alts = gold[k].map((n) => n.split('|'));
    const exact = (en: string, g: string[]): boolean => g.some((a) => nameKey(a) === nameKey(en));
    const spelled = (en: string, g: string[]): boolean => g.some((a) => spellingKey(a) === spellingKey(en) || sameBaseName(a, en));
    const optionalNames = gold.optional.flatMap((o) => o.split('|'));
    tally(kinds[k], f[k], alts, (x, g) => exact(x.en, g) || spelled(x.en, g), (x) => `${x.hi}=${x.en}`, (g) => g.join('|'), (x) => exact(x.en, optionalNames) || spelled(x.en, optionalNames) || optional.includes(norm(x.hi)));
    for (const x of f[k]) {
      const g = alts.find((a) => spelled(x.en, a));
      if (g && !alts.some((a) => exact(x.en, a))) kinds[k].respelled.push(`${x.en} ~ ${g.join('|')}`);
    }
  }
  const qualifier = noAgreement();
  const role = noAgreement();
  for (const g of gold.numbers) {
    const n = numbers.find((x) => numberMatches(x, g));
    if (!n) continue;
    if (g.qualifier !== undefined) {
      qualifier.checked++;
      if (qualifierOf(n) === g.qualifier) qualifier.agreed++;
      else qualifier.disagreed.push(`${g.text}: ${qualifierOf(n)} ≠ ${g.qualifier}`);
    }
    if (g.role !== undefined || n.role !== undefined) {
      role.checked++;
      if (n.role === g.role) role.agreed++;
      else role.disagreed.push(`${g.text}: ${n.role ?? '-'} ≠ ${g.role ?? '-'}`);
    }
  }
  const outsideSummary = [json.title.hi, json.title.en, ...f.dates.map((d) => d.text), ...numbers.map((n) => n.text), ...KINDS.slice(2).flatMap((k) => f[k as 'people'].flatMap((x) => [x.hi, x.en]))];
  const shown = [...outsideSummary, ...json.summary.hi, ...json.summary.en];
  const violations = gold.absent.filter((a) => shown.some((s) => s.includes(a)));
  const violationsOutsideSummary = violations.filter((a) => outsideSummary.some((s) => s.includes(a)));
  const strict = titleOk(json.title.hi, gold);
  const unkicked = { ...gold, title: gold.title ? dropKicker(gold.title) : gold.title, lead: gold.lead ? dropKicker(gold.lead) : gold.lead };
  const titleOkWithoutKicker = strict || titleOk(json.title.hi, unkicked);
  return { article: json.article, kinds, qualifier, role, titleOk: strict, titleOkWithoutKicker, title: json.title.hi, numberFacts, violations, violationsOutsideSummary };
}
