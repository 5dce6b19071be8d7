/**
 * `npm run bench:scale`: the event index and digest planning at archive scale, on a synthetic
 * archive made from the real pages (bench/synthetic-archive.ts). Prints one JSON object; times in
 * milliseconds unless named otherwise, `…Ratio` = before / after. BENCH_FULL=1 also times the old
 * all-pairs grouping at 10k articles (about half a minute).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openStore } from '../src/adapters/store/open-store.js';
import { telegramRenderer } from '../src/adapters/telegram/render/render-telegram.js';
import { planDigest, type PlanDeps } from '../src/app/delivery/plan-digests.js';
import { planAll } from '../src/app/delivery/planning-runs.js';
import { buildDigest } from '../src/core/digest/build-digest.js';
import { groupStories, MAX_SOURCES_PER_STORY } from '../src/core/digest/group-stories.js';
import { MAX_RELATED_STORIES } from '../src/core/digest/related-stories.js';
import { buildEventIndex } from '../src/core/events/event-index.js';
import { parseEventQuery, type EventQuery } from '../src/core/events/parse-event-query.js';
import { factFormatters } from '../src/core/pipeline/fact-formatters.js';
import type { AnalysedArticle } from '../src/core/types.js';
import { allPairs } from '../test/core/digest/all-pairs-grouping.js';
import { fullScanLookup } from '../test/core/events/full-scan-lookup.js';
import { fakeContent } from '../test/app/delivery/delivery-fixtures.js';
import { analysedSeeds, random, syntheticArchive } from './synthetic-archive.js';

const full = process.env.BENCH_FULL === '1';
const round = (ms: number, digits = 3): number => Number(ms.toFixed(digits));
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const spread = (values: number[]): { p50: number; p99: number; max: number } => ({
  p50: round(percentile(values, 50)),
  p99: round(percentile(values, 99)),
  max: round(Math.max(...values)),
});

/** Queries over the archive's years: 70% days, 20% months, 10% years (years: half the archive's span). */
function queries(articles: readonly AnalysedArticle[], count: number, seed: number): EventQuery[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    const day = (articles[Math.floor(rnd() * articles.length)] as AnalysedArticle).published;
    const r = rnd();
    const text = r < 0.7 ? day : r < 0.9 ? day.slice(0, 7) : day.slice(0, 4);
    const parsed = parseEventQuery(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.query;
  });
}

function lookupBench(seeds: readonly AnalysedArticle[], count: number, oldQueries: number) {
  const articles = syntheticArchive(seeds, count);
  const [index, buildMs] = time(() => buildEventIndex(articles));
  const qs = queries(articles, 2000, 7);
  for (const q of qs.slice(0, 200)) index.lookup(q); // warm-up
  const all = qs.map((q) => time(() => index.lookup(q))[1]);
  const first = qs.map((q) => time(() => index.first(q, 25))[1]);
  const scan = fullScanLookup(articles);
  const before = qs.slice(0, oldQueries).map((q) => time(() => scan(q))[1]);
  const after = spread(first);
  const beforeSpread = spread(before);
  return {
    articles: count,
    mentions: index.size,
    indexBuildMs: round(buildMs, 1),
    meanHits: Math.round(qs.slice(0, 200).reduce((n, q) => n + index.first(q, 0).total, 0) / 200),
    beforeFullScan: { queries: before.length, ...beforeSpread },
    afterFirst25AndTotal: { queries: qs.length, ...after },
    afterEveryMention: { queries: qs.length, ...spread(all) },
    p99Ratio: round(beforeSpread.p99 / after.p99, 1),
  };
}

function groupingBench(seeds: readonly AnalysedArticle[], count: number, withOld: boolean) {
  const articles = syntheticArchive(seeds, count);
  const [groups, afterMs] = time(() => groupStories(articles));
  const [, digestMs] = time(() => buildDigest(articles, { edition: '2025-03-14', limit: 10, format: factFormatters }));
  const beforeMs = withOld ? time(() => allPairs(articles, { maxSources: MAX_SOURCES_PER_STORY, maxRelated: MAX_RELATED_STORIES }))[1] : null;
  return {
    articles: count,
    stories: groups.length,
    largestStory: Math.max(...groups.map((g) => g.articles.length)),
    beforeAllPairsMs: beforeMs === null ? 'skipped (BENCH_FULL=1)' : Math.round(beforeMs),
    afterIndexedMs: round(afterMs, 1),
    buildDigestLimit10Ms: round(digestMs, 1),
    ratio: beforeMs === null ? null : round(beforeMs / afterMs, 1),
  };
}

/**
 * 1,000 new subscriptions: the first publish (every one gets the whole archive), then a second one
 * after `added` new articles (every one gets the new ones and what the first digest left out).
 */
function planningBench(seeds: readonly AnalysedArticle[], count: number, subscriptions: number, beforeSample: number, added = 50) {
  const archive = syntheticArchive(seeds, count + added, { seed: count });
  const newest = [...archive].sort((a, b) => b.published.localeCompare(a.published));
  const content = fakeContent(newest.slice(added));
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  const now = new Date('2025-03-14T02:30:00.000Z');
  const store = openStore(join(dir, 'bench.db'), { now: () => now });
  try {
    const deps: PlanDeps = { store, content, renderers: { telegram: telegramRenderer }, maxStories: 10, timeZone: 'Asia/Kolkata' };
    const subscribe = (i: number) => store.subscriptions.subscribe('telegram', String(1_000_000 + i), 'private').subscription;
    // before: each subscription builds and renders its own digest (timed on a sample, scaled up)
    const sample = Array.from({ length: beforeSample }, (_, i) => subscribe(subscriptions + i));
    const [, sampleMs] = time(() => sample.forEach((s) => planDigest(deps, s, now)));
    for (const s of sample) store.subscriptions.unsubscribe('telegram', s.chatId);
    const beforeMs = (sampleMs / beforeSample) * subscriptions;
    Array.from({ length: subscriptions }, (_, i) => subscribe(i));
    // after: the real run (planAll, digests shared); the first batch committed (its first "digest queued" line) is when sending could start
    const run = () => {
      let firstQueuedAt: number | null = null;
      const logger = pino({ level: 'info' }, { write: () => void (firstQueuedAt ??= performance.now()) });
      const started = performance.now();
      const [plan, ms] = time(() => planAll({ ...deps, logger }, now));
      return { firstBatchCommittedMs: round((firstQueuedAt ?? started) - started, 1), totalMs: Math.round(ms), queued: plan.queued };
    };
    const first = run();
    content.set(newest);
    const second = run();
    const [, oldGroupingMs] = time(() => allPairs(newest.slice(added), { maxSources: MAX_SOURCES_PER_STORY, maxRelated: MAX_RELATED_STORIES }));
    return {
      articles: count,
      subscriptions,
      beforeOwnDigestEach: { perSubscriptionMs: round(sampleMs / beforeSample, 2), totalMs: Math.round(beforeMs), timedOn: beforeSample },
      beforeWithAllPairsGroupingEstimateMs: Math.round(oldGroupingMs * subscriptions),
      afterSharedFirstPublish: first,
      afterSharedSecondPublish: { ...second, newArticles: added },
      ratio: round(beforeMs / first.totalMs, 1),
      pendingParts: store.outbox.pendingCount(),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [seeds, seedMs] = time(() => analysedSeeds());
const report = {
  seeds: { pages: seeds.length, analyseMs: Math.round(seedMs) },
  eventLookup: [lookupBench(seeds, 10_000, 300), lookupBench(seeds, 100_000, 40)],
  grouping: [groupingBench(seeds, 1_000, true), groupingBench(seeds, 10_000, full)],
  planning1000Subscriptions: [planningBench(seeds, 1_000, 1_000, 20), planningBench(seeds, 10_000, 1_000, 5)],
  heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
