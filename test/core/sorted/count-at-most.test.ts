import { describe, expect, it } from 'vitest';
import { countAtMost } from '../../../src/core/sorted/count-at-most.js';

describe('countAtMost(): values of an ascending list that are ≤ bound', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 3],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 7, 4],
    [[1, 3, 3, 7], 100, 4],
  ])('%j, %i → %i', (values, bound, count) => {
    expect(countAtMost(values, bound)).toBe(count);
    expect(countAtMost(Int32Array.from(values), bound)).toBe(count);
  });
});
