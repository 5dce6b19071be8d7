/**
 * `npm run bench`: timings and memory of the core on a content folder (default ./content).
 * Prints one JSON object on stdout; numbers are milliseconds unless named otherwise.
 */
import { loadContent } from '../src/core/content/load-content.js';
import { loadData } from '../src/core/data/load-data.js';
import { buildDigest } from '../src/core/digest/build-digest.js';
import { buildEventIndex } from '../src/core/events/event-index.js';
import { parseEventQuery } from '../src/core/events/parse-event-query.js';
import { createAnalyser } from '../src/core/pipeline/create-analyser.js';
import { factFormatters } from '../src/core/pipeline/fact-formatters.js';
import { costPerKb } from './cost-per-kb.js';
import { fixedFuzzCorpus, readRealTexts, realPageOf } from './fuzz-corpus.js';

const contentDir = process.argv[2] ?? 'content';
const rounds = Number(process.argv[3] ?? 20);
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

const [loaded, loadDataMs] = time(() => loadData('config'));
const [analyse, createAnalyserMs] = time(() => createAnalyser(loaded.data));
const [content, loadContentMs] = time(() => loadContent(contentDir, { timezone: 'Asia/Kolkata' }));
const [, firstPassMs] = time(() => content.articles.map((a) => analyse(a)));
const [articles, warmMs] = time(() => {
  let out = content.articles.map((a) => analyse(a));
  for (let i = 1; i < rounds; i++) out = content.articles.map((a) => analyse(a));
  return out;
});
const [index, indexMs] = time(() => buildEventIndex(articles));
const query = parseEventQuery('2024-06');
const [, lookupMs] = time(() => {
  for (let i = 0; i < 1000; i++) if (query.ok) index.lookup(query.query);
});
const [, digestMs] = time(() => buildDigest(articles, { edition: '2024-06-20', format: factFormatters }));
// Cost per KB on a fixed fuzz corpus (seeded; runs of up to 20,000 characters) and on 1 MB of real text
const realTexts = readRealTexts(process.cwd());
const fuzz = costPerKb(analyse, fixedFuzzCorpus(realTexts, 300, 20261204, 20_000));
const megabyte = realPageOf(realTexts, 1 << 20);
const [, megabyteMs] = time(() => analyse({ id: 'mb', file: 'mb.txt', published: '2024-06-19', language: 'hi', raw: megabyte }));
const characters = content.articles.reduce((n, a) => n + a.raw.length, 0);
const perArticle = warmMs / rounds / Math.max(1, articles.length);

process.stdout.write(
  `${JSON.stringify(
    {
      articles: articles.length,
      characters,
      loadDataMs: Math.round(loadDataMs),
      createAnalyserMs: Math.round(createAnalyserMs),
      loadContentMs: Math.round(loadContentMs),
      firstPassMs: Math.round(firstPassMs),
      warmMsPerArticle: Number(perArticle.toFixed(2)),
      warmCharsPerSecond: Math.round((characters / (warmMs / rounds)) * 1000),
      eventIndexMs: Number(indexMs.toFixed(2)),
      eventLookupMicroseconds: Number(lookupMs.toFixed(1)),
      digestMs: Number(digestMs.toFixed(2)),
      fuzzCorpus: fuzz,
      realPage1MbMs: Math.round(megabyteMs),
      heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    null,
    2,
  )}\n`,
);
