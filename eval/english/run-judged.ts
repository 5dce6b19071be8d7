import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../src/core/data/load-data.js';
import { createDateExtractor } from '../../src/core/facts/dates/create-date-extractor.js';
import { createEntityExtractor } from '../../src/core/facts/entities/create-entity-extractor.js';
import { createNumberExtractor } from '../../src/core/facts/numbers/create-number-extractor.js';
import { extractArticleFacts, titleFacts, type Extractors } from '../../src/core/pipeline/article-facts.js';
import { createSummariser } from '../../src/core/summary/create-summariser.js';
import { TITLE_SENTENCE, type EnSource, type Sentence } from '../../src/core/types.js';
import { addStats, chrfScore, chrfStats, emptyStats, type ChrfStats } from './chrf.js';
import { readJudged, type JudgedSentence } from './judged-data.js';
import { wrongFacts, type CheckContext } from './wrong-facts.js';

export interface JudgedResult {
  sentence: JudgedSentence;
  line: string;
  source: EnSource;
  chrf: number;
  stats: ChrfStats;
  /** Wrong facts found automatically. */
  wrong: string[];
}

export interface JudgedTotals {
  sentences: number;
  chrf: number;
  bySource: Record<'rules' | 'facts', { lines: number; chrf: number }>;
  wrongLines: number;
  judged: { ok: number; partial: number; wrong: number; unjudged: number };
}

/** Every sentence of every test/fixtures/english-judged/*.yaml, through the app's extractors and summariser. */
export function runJudged(dir: string, configDir: string): JudgedResult[] {
  const { data } = loadData(configDir);
  const x: Extractors = {
    dates: createDateExtractor(data.dates),
    numbers: createNumberExtractor(data.numbers),
    entities: createEntityExtractor(data.gazetteer, data.entities, data.commonWords),
  };
  const summariser = createSummariser(data.lexicon);
  // (and the clause openers the renderer writes from config: "Although", "While")
  const lexiconWords = [data.lexicon.nouns, data.lexicon.institutions, data.lexicon.adjectives, data.lexicon.adverbs, data.lexicon.roles, data.lexicon.clauseConjunctions]
    .flatMap((d) => Object.values(d)).flatMap((v) => v.toLowerCase().replace(/[,.]/gu, '').split(/\s+/));
  const ctx: CheckContext = { common: commonWords(data.lexicon), lower: new Set([...lexiconWords, 'margin', 'figures', 'killed', 'injured', 'missing', 'arrested', 'affected', 'rescued', 'when', 'until', 'compared', 'about', 'more', 'at', 'up', 'down', 'from', 'to', 'closed', 'opened', 'thousands', 'hundreds', 'lakhs', 'total', 'but', 'according', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']) };
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return files.flatMap((f) => readJudged(join(dir, f))).map((s) => {
    const sentence: Sentence = { index: s.title ? TITLE_SENTENCE : 0, text: s.hi, paragraph: s.title ? TITLE_SENTENCE : 0 };
    const facts = extractArticleFacts(x, [sentence], s.published, () => undefined);
    const out = s.title ? summariser.titleLine(s.hi, titleFacts(facts)) : summariser.englishLine(sentence, facts);
    const stats = chrfStats(out.text, s.reference);
    const roles = facts.mentions.flatMap((m) => (m.role ? [m.role] : []));
    return { sentence: s, line: out.text, source: out.source, chrf: chrfScore(stats), stats, wrong: wrongFacts(out.text, s, { ...ctx, roles }) };
  });
}

function commonWords(lexicon: ReturnType<typeof loadData>['data']['lexicon']): Set<string> {
  const words = new Set<string>(['According', 'I', 'Rs', 'A', 'An', 'The', 'It', 'He', 'She', 'They', 'We', 'Celsius', 'Fahrenheit']);
  const add = (t: string | undefined): void => { for (const w of (t ?? '').split(/[\s()'’,.·:–-]+/)) if (w) words.add(w); };
  for (const d of Object.values(lexicon.demonyms)) add(d);
  for (const dict of [lexicon.roles, lexicon.institutions, lexicon.nouns, lexicon.adjectives, lexicon.adverbs]) Object.values(dict).forEach(add);
  for (let m = 0; m < 12; m++) add(new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(2024, m, 1)));
  for (let d = 1; d <= 7; d++) add(new Intl.DateTimeFormat('en-GB', { weekday: 'long' }).format(new Date(2024, 0, d)));
  return words;
}

export function judgedTotals(results: readonly JudgedResult[]): JudgedTotals {
  const of = (source: EnSource) => {
    const mine = results.filter((r) => r.source === source);
    return { lines: mine.length, chrf: chrfScore(mine.reduce((s, r) => addStats(s, r.stats), emptyStats())) };
  };
  const count = (j: string | undefined) => results.filter((r) => r.sentence.judged === j).length;
  return {
    sentences: results.length,
    chrf: chrfScore(results.reduce((s, r) => addStats(s, r.stats), emptyStats())),
    bySource: { rules: of('rules'), facts: of('facts') },
    wrongLines: results.filter((r) => r.wrong.length > 0).length,
    judged: { ok: count('ok'), partial: count('partial'), wrong: count('wrong'), unjudged: count(undefined) },
  };
}

/** The English section of `npm run eval`. */
export function englishReport(t: JudgedTotals): string {
  const f = (x: number): string => x.toFixed(1);
  return [
    `english: ${t.sentences} judged Hindi news sentences (test/fixtures/english-judged)`,
    `  chrF ${f(t.chrf)}   sentences (rules) ${t.bySource.rules.lines}, chrF ${f(t.bySource.rules.chrf)}   facts lines ${t.bySource.facts.lines}, chrF ${f(t.bySource.facts.chrf)}`,
    `  lines stating a wrong fact (found automatically): ${t.wrongLines}`,
    `  judged by hand: ok ${t.judged.ok}, partial ${t.judged.partial}, wrong ${t.judged.wrong}${t.judged.unjudged ? `, not judged ${t.judged.unjudged}` : ''}`,
  ].join('\n');
}
