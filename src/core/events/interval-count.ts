import { countAtMost } from '../sorted/count-at-most.js';

/**
 * Counts the intervals overlapping a query in O(log n), per rank: of the intervals that start by
 * the query's end, all but those that end before its start overlap it. Intervals that end before
 * they start (a malformed range) do not fit that rule and are counted one by one.
 */
export interface IntervalCount {
  count(start: number, end: number, maxRank: number): number;
}

export function buildIntervalCount(starts: Int32Array, ends: Int32Array, ranks: Uint8Array, rankCount: number): IntervalCount {
  const byRank = Array.from({ length: rankCount }, () => ({ starts: [] as number[], ends: [] as number[] }));
  const inverted: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    if ((ends[i] as number) < (starts[i] as number)) inverted.push(i);
    else {
      const lists = byRank[ranks[i] as number];
      lists?.starts.push(starts[i] as number);
      lists?.ends.push(ends[i] as number);
    }
  }
  const sorted = byRank.map((lists) => ({
    starts: Int32Array.from(lists.starts).sort(),
    ends: Int32Array.from(lists.ends).sort(),
  }));
  return {
    count(start, end, maxRank) {
      let total = 0;
      for (let r = 0; r <= Math.min(maxRank, rankCount - 1); r++) {
        const lists = sorted[r] as (typeof sorted)[number];
        total += countAtMost(lists.starts, end) - countAtMost(lists.ends, start - 1);
      }
      for (const i of inverted) {
        if ((ranks[i] as number) <= maxRank && (starts[i] as number) <= end && (ends[i] as number) >= start) total += 1;
      }
      return total;
    },
  };
}

