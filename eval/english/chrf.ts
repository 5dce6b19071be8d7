/**
 * chrF (Popović 2015) as sacreBLEU computes it by default: character n-grams of orders 1–6 with
 * whitespace removed, precision and recall averaged over the orders, F-score with β = 2 (recall
 * weighs twice as much). Statistics are summed over a corpus before the score is taken.
 */
export const CHRF_ORDER = 6;
const BETA = 2;

/** Per order: matched n-grams, n-grams in the hypothesis, n-grams in the reference. */
export type ChrfStats = { match: number; hyp: number; ref: number }[];

function grams(text: string, n: number): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const g = chars.slice(i, i + n).join('');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function chrfStats(hypothesis: string, reference: string): ChrfStats {
  const stats: ChrfStats = [];
  for (let n = 1; n <= CHRF_ORDER; n++) {
    const h = grams(hypothesis, n);
    const r = grams(reference, n);
    let match = 0;
    for (const [g, c] of h) match += Math.min(c, r.get(g) ?? 0);
    const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    stats.push({ match, hyp: total(h), ref: total(r) });
  }
  return stats;
}

export function addStats(a: ChrfStats, b: ChrfStats): ChrfStats {
  return a.map((x, i) => ({ match: x.match + (b[i]?.match ?? 0), hyp: x.hyp + (b[i]?.hyp ?? 0), ref: x.ref + (b[i]?.ref ?? 0) }));
}

export const emptyStats = (): ChrfStats => Array.from({ length: CHRF_ORDER }, () => ({ match: 0, hyp: 0, ref: 0 }));

/** chrF on a 0–100 scale from (summed) statistics; orders with no n-grams on a side count as 0. */
export function chrfScore(stats: ChrfStats): number {
  const p = stats.reduce((s, x) => s + (x.hyp > 0 ? x.match / x.hyp : 0), 0) / stats.length;
  const r = stats.reduce((s, x) => s + (x.ref > 0 ? x.match / x.ref : 0), 0) / stats.length;
  if (p + r === 0) return 0;
  return (100 * (1 + BETA ** 2) * p * r) / (BETA ** 2 * p + r);
}

export const chrf = (hypothesis: string, reference: string): number => chrfScore(chrfStats(hypothesis, reference));
