import { countAtMost } from '../sorted/count-at-most.js';

/**
 * A static interval index over intervals sorted by start: a binary search bounds the candidates
 * that start before the query ends, and a segment tree of maximum ends (one per rank threshold)
 * skips, block by block, every candidate that ends before the query starts or has too high a rank.
 * A query costs O((k + 1) · log n) for k hits and reports them in index order.
 */
export interface IntervalTree {
  /** Indexes i (ascending) with start[i] ≤ end, end[i] ≥ start and rank[i] ≤ maxRank: the first `limit`. */
  query(start: number, end: number, maxRank: number, limit?: number): number[];
}

/** Entries per leaf block: scanned linearly, small enough to stay in cache. */
const BLOCK = 16;
const NONE = -1;

/**
 * `starts` must be ascending; `ranks` are small non-negative integers (0 … `rankCount` − 1), and a
 * query with `maxRank` r accepts ranks 0 … r.
 */
export function buildIntervalTree(starts: Int32Array, ends: Int32Array, ranks: Uint8Array, rankCount: number): IntervalTree {
  const n = starts.length;
  const blocks = Math.max(1, Math.ceil(n / BLOCK));
  let leaves = 1;
  while (leaves < blocks) leaves *= 2;
  // maxEnd[r][node]: the latest end among the node's entries of rank ≤ r (NONE when there is none)
  const maxEnd = Array.from({ length: rankCount }, () => new Int32Array(2 * leaves).fill(NONE));
  for (let i = 0; i < n; i++) {
    const leaf = leaves + Math.floor(i / BLOCK);
    for (let r = ranks[i] as number; r < rankCount; r++) {
      const tree = maxEnd[r] as Int32Array;
      if ((ends[i] as number) > (tree[leaf] as number)) tree[leaf] = ends[i] as number;
    }
  }
  for (const tree of maxEnd) {
    for (let node = leaves - 1; node >= 1; node--) tree[node] = Math.max(tree[2 * node] as number, tree[2 * node + 1] as number);
  }

  /** First index whose start is after `end`. */
  const upperBound = (end: number): number => countAtMost(starts, end);

  return {
    query(start, end, maxRank, limit = Infinity) {
      const hits: number[] = [];
      if (n === 0 || maxRank < 0) return hits;
      const tree = maxEnd[Math.min(maxRank, rankCount - 1)] as Int32Array;
      const stop = upperBound(end);
      if (stop === 0) return hits;
      const lastBlock = Math.floor((stop - 1) / BLOCK);
      // depth-first, left to right, over the nodes left of `lastBlock` that can hold a hit
      const stack: number[] = [1];
      const firstBlockOf = (node: number): number => {
        let first = node;
        while (first < leaves) first *= 2;
        return first - leaves;
      };
      while (stack.length > 0 && hits.length < limit) {
        const node = stack.pop() as number;
        if ((tree[node] as number) < start || firstBlockOf(node) > lastBlock) continue;
        if (node < leaves) {
          stack.push(2 * node + 1, 2 * node);
          continue;
        }
        const from = (node - leaves) * BLOCK;
        const to = Math.min(from + BLOCK, stop);
        for (let i = from; i < to && hits.length < limit; i++) {
          if ((ends[i] as number) >= start && (ranks[i] as number) <= maxRank) hits.push(i);
        }
      }
      return hits;
    },
  };
}
