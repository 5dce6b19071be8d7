import { describe, expect, it } from 'vitest';
import { cosine, cosineTo, createBagger, norm, sumOfUnitBags } from '../../../src/core/summary/similarity.js';

/** The summariser's centrality uses Σ_j cos(b_i, b_j) = b̂_i · Σ_j b̂_j (linear) instead of all pairs. */
const bag = createBagger(new Set(['में', 'की', 'का', 'के', 'है']));
const texts = ['पुतिन उत्तर कोरिया पहुंचे', 'किम जोंग उन ने पुतिन का स्वागत किया', 'उत्तर कोरिया और रूस में समझौता', '', 'मौसम विभाग ने अलर्ट जारी किया'];

describe('sumOfUnitBags', () => {
  it.each(texts.map((t, i) => [i, t] as const))('sentence %i: the linear sum equals the sum over all other sentences', (i) => {
    const bags = texts.map(bag);
    const own = bags[i] ?? new Map();
    const pairwise = bags.reduce((acc, b, j) => (j === i ? acc : acc + cosine(own, b)), 0);
    const centroid = sumOfUnitBags(bags);
    const linear = cosine(own, centroid) * norm(centroid) - (own.size > 0 ? 1 : 0);
    expect(linear).toBeCloseTo(pairwise, 10);
  });

  it('ignores empty bags and has unit contributions', () => {
    expect(norm(sumOfUnitBags([new Map([['क', 1], ['ख', 1]])]))).toBeCloseTo(1, 10);
    expect(sumOfUnitBags([new Map()]).size).toBe(0);
  });
});

describe('cosineTo', () => {
  it.each(texts.map((t, i) => [i, t] as const))('sentence %i: the same value as cosine, to the last bit', (i) => {
    const bags = texts.map(bag);
    const centroid = sumOfUnitBags(bags);
    expect(cosineTo(centroid)(bags[i] ?? new Map())).toBe(cosine(bags[i] ?? new Map(), centroid));
  });
});
