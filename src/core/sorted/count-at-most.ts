/**
 * How many values of an ascending list are ≤ `bound` — also the position of the first value greater
 * than it (binary search, O(log n)). The one upper bound of the event index and of story grouping.
 */
export function countAtMost(values: ArrayLike<number>, bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
