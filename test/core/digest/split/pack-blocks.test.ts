import { describe, expect, it } from 'vitest';
import { packBlocks } from '../../../../src/core/digest/split/pack-blocks.js';

describe('packBlocks', () => {
  it.each([
    ['all fit in one part', ['ab', 'cd', 'ef'], 10, '\n', ['ab\ncd\nef']],
    ['greedy, separator counted', ['abc', 'def', 'ghi'], 7, '\n', ['abc\ndef', 'ghi']],
    ['separator makes it not fit', ['abc', 'def'], 6, '\n', ['abc', 'def']],
    ['two-character separator', ['ab', 'cd', 'ef'], 6, '\n\n', ['ab\n\ncd', 'ef']],
    ['Hindi blocks', ['राम आया।', 'श्याम गया।', 'सीता आई।'], 20, '\n', ['राम आया।\nश्याम गया।', 'सीता आई।']],
    ['oversized block stands alone', ['ab', 'abcdefghij', 'cd'], 5, '\n', ['ab', 'abcdefghij', 'cd']],
    ['blank blocks dropped', ['', 'ab', '  ', 'cd'], 10, '\n', ['ab\ncd']],
    ['nothing', [], 10, '\n', []],
  ] as const)('%s', (_name, blocks, limit, separator, expected) => {
    expect(packBlocks(blocks, limit, separator)).toEqual(expected);
  });

  it('keeps order and every block, each part within the limit (limits 3..40)', () => {
    const blocks = ['एक', 'दो तीन', 'चार', 'पाँच छह सात', 'आठ', 'नौ', 'दस ग्यारह', 'बारह'];
    for (let limit = 11; limit <= 40; limit++) {
      const parts = packBlocks(blocks, limit, '\n');
      expect(parts.join('\n').split('\n'), `limit ${limit}`).toEqual(blocks);
      expect(parts.every((p) => p.length <= limit), `limit ${limit}`).toBe(true);
      // greedy: the first block of each next part would not have fitted
      parts.slice(1).forEach((p, i) => {
        const next = p.split('\n')[0] ?? '';
        expect(`${parts[i] ?? ''}\n${next}`.length, `limit ${limit}`).toBeGreaterThan(limit);
      });
    }
  });

  it('uses the measure it is given', () => {
    const escaped = (s: string): number => s.replace(/&/g, '&amp;').length;
    expect(packBlocks(['a&b', 'c&d'], 12, ' ', escaped)).toEqual(['a&b', 'c&d']);
    expect(packBlocks(['a&b', 'c&d'], 15, ' ', escaped)).toEqual(['a&b c&d']);
  });
});
