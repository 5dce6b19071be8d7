import { describe, expect, it } from 'vitest';
import { makeDigestId } from '../../../src/app/delivery/digest-id.js';

describe('makeDigestId', () => {
  it('is `${edition}:${16 hex}`', () => {
    expect(makeDigestId('2025-03-14', ['a', 'b'])).toMatch(/^2025-03-14:[0-9a-f]{16}$/);
  });

  it('ignores order and duplicates of article ids', () => {
    expect(makeDigestId('2025-03-14', ['b', 'a', 'b'])).toBe(makeDigestId('2025-03-14', ['a', 'b']));
  });

  it.each([
    [['a', 'b'], ['a', 'c']],
    [['ab'], ['a', 'b']],
    [['a'], []],
  ])('differs for different article sets %j vs %j', (left, right) => {
    expect(makeDigestId('e', left)).not.toBe(makeDigestId('e', right));
  });

  it('differs between editions', () => {
    expect(makeDigestId('2025-03-14', ['a'])).not.toBe(makeDigestId('2025-03-15', ['a']));
  });
});
