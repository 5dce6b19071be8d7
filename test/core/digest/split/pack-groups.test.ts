import { describe, expect, it } from 'vitest';
import { packGroups } from '../../../../src/core/digest/split/pack-groups.js';

const SEP = { block: '\n', group: '\n\n' } as const;

describe('packGroups', () => {
  it.each([
    ['all groups in one part', [['h'], ['a1', 'a2'], ['b1']], 100, ['h\n\na1\na2\n\nb1']],
    // 'h\n\na1\na2' is 9; adding '\n\nb1 b2' would be 17 > 12, and group b fits alone → new part
    ['a group that does not fit starts a new part', [['h'], ['a1', 'a2'], ['b1', 'b2']], 12, ['h\n\na1\na2', 'b1\nb2']],
    ['a group is not broken when it fits a fresh part', [['aaaa'], ['bb', 'cc']], 9, ['aaaa', 'bb\ncc']],
    ['an oversized group fills the current part, then goes on', [['h'], ['aaa', 'bbb', 'ccc', 'ddd'], ['e']], 10,
      ['h\n\naaa\nbbb', 'ccc\nddd\n\ne']],
    ['a later group goes back to whole-group packing', [['xxxxxxx', 'yyyyyyy'], ['z1', 'z2']], 10, ['xxxxxxx', 'yyyyyyy', 'z1\nz2']],
    ['empty groups and blank blocks dropped', [[], ['', 'a'], ['  ']], 10, ['a']],
    ['a lone oversized block stands alone', [['a'], ['bbbbbbbbbbbb'], ['c']], 5, ['a', 'bbbbbbbbbbbb', 'c']],
  ] as const)('%s', (_name, groups, limit, expected) => {
    expect(packGroups(groups, limit, SEP)).toEqual(expected);
  });

  it('keeps every block in order and each part within the limit (limits 8..60)', () => {
    const groups = [['शीर्षक'], ['राम आया।', 'श्याम गया।'], ['एक', 'दो', 'तीन', 'चार', 'पाँच'], ['सीता आई।'], ['अंत']];
    const flat = groups.flat();
    for (let limit = 10; limit <= 60; limit++) {
      const parts = packGroups(groups, limit, SEP);
      expect(parts.join('\n').split(/\n+/), `limit ${limit}`).toEqual(flat);
      expect(parts.every((p) => p.length <= limit), `limit ${limit}`).toBe(true);
      // a group that fits in one part is never spread over two
      for (const g of groups) {
        const whole = g.join('\n');
        if (whole.length <= limit) expect(parts.some((p) => p.includes(whole)), `limit ${limit}`).toBe(true);
      }
    }
  });
});
