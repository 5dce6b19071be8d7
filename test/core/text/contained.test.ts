import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containedInLonger } from '../../../src/core/text/contained.js';

/** The definition, all pairs: a key of at least `min` units that occurs in a longer key. */
const allPairs = (keys: readonly string[], min: number): boolean[] =>
  keys.map((key, i) => key.length >= min && keys.some((other, j) => j !== i && other.length > key.length && other.includes(key)));

describe('containedInLonger', () => {
  it.each([
    ['a prefix of a longer key', ['वायुगुणवत्ता', 'वायुगुणवत्तासूचकांक'], 4, [true, false]],
    ['inside a longer key, not at its start', ['गुणवत्ता', 'वायुगुणवत्तासूचकांक'], 4, [true, false]],
    ['at the end of a longer key', ['सूचकांक', 'वायुगुणवत्तासूचकांक'], 4, [true, false]],
    ['an equal key is no longer key', ['वायुगुणवत्ता', 'वायुगुणवत्ता'], 4, [false, false]],
    ['shorter than the minimum', ['वायु', 'वायुगुणवत्ता'], 5, [false, false]],
    ['same prefix, different text', ['वायुगुणक', 'वायुगुणवत्तासूचकांक'], 4, [false, false]],
    ['a long run inside a longer run', ['9'.repeat(5000), '9'.repeat(5001)], 20, [true, false]],
    ['no keys', [], 20, []],
  ])('%s', (_name, keys, min, expected) => {
    expect(containedInLonger(keys, min)).toEqual(expected);
    expect(allPairs(keys, min)).toEqual(expected);
  });

  it('agrees with comparing all pairs on random keys over a small alphabet', () => {
    const key = fc.string({ unit: fc.constantFrom('क', 'ि', '9', 'a'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (keys, min) => {
        expect(containedInLonger(keys, min)).toEqual(allPairs(keys, min));
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });
});
