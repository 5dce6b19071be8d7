import type { Analyser } from '../src/core/pipeline/create-analyser.js';

export interface CostReport {
  pages: number;
  totalKb: number;
  /** The slowest page, in milliseconds per KB of input (a page under 1 KB counts as 1 KB). */
  worstMsPerKb: number;
  worstPageKb: number;
  medianMsPerKb: number;
}

/** Analyses each page once and reports the cost per KB: the worst case is what an attacker or a broken scraper can cause. */
export function costPerKb(analyse: Analyser, pages: readonly string[]): CostReport {
  const costs = pages.map((raw) => {
    const kb = Math.max(1, Buffer.byteLength(raw) / 1024);
    const start = performance.now();
    analyse({ id: 'bench', file: 'bench.txt', published: '2024-06-19', language: 'hi', raw });
    return { kb, msPerKb: (performance.now() - start) / kb };
  });
  const sorted = [...costs].sort((a, b) => a.msPerKb - b.msPerKb);
  const worst = sorted[sorted.length - 1] ?? { kb: 0, msPerKb: 0 };
  return {
    pages: pages.length,
    totalKb: Math.round(costs.reduce((n, c) => n + c.kb, 0)),
    worstMsPerKb: Number(worst.msPerKb.toFixed(2)),
    worstPageKb: Number(worst.kb.toFixed(1)),
    medianMsPerKb: Number((sorted[sorted.length >> 1]?.msPerKb ?? 0).toFixed(2)),
  };
}
