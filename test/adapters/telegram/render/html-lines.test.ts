import { describe, expect, it } from 'vitest';
import { bold, htmlLine, htmlLines, italic, plain, prefixed } from '../../../../src/adapters/telegram/render/html-lines.js';

describe('htmlLine', () => {
  it.each([
    ['plain fits', 'a & b', plain, 100, ['a &amp; b']],
    ['bold fits', 'x<y', bold, 100, ['<b>x&lt;y</b>']],
    ['empty gives nothing', '  ', bold, 100, []],
    // '<b>' + '</b>' is 7: 'एक। दो।' escaped is 7 → 14 ≤ 14
    ['tags counted', 'एक। दो।', bold, 14, ['<b>एक। दो।</b>']],
    ['tags push a cut at the danda', 'एक। दो।', bold, 13, ['<b>एक।</b>', '<b>दो।</b>']],
    ['escaping counted', 'a & b & c', plain, 13, ['a &amp; b', '&amp; c']],
    ['prefix on the first piece only', 'एक। दो।', prefixed('• ', italic), 13, ['<i>• एक।</i>', '<i>दो।</i>']],
    ['prefix is escaped', 'x', prefixed('<1> '), 100, ['&lt;1&gt; x']],
  ] as const)('%s', (_name, text, wrap, limit, expected) => {
    const pieces = htmlLine(text, wrap, limit);
    expect(pieces).toEqual(expected);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(limit);
  });
});

describe('htmlLines', () => {
  it('keeps lines together in one block when they fit', () => {
    expect(htmlLines([['Title', bold], ['शीर्षक', bold]], 100)).toEqual(['<b>Title</b>\n<b>शीर्षक</b>']);
  });
  it('splits them into separate blocks when they do not', () => {
    expect(htmlLines([['Title', bold], ['शीर्षक', bold]], 15)).toEqual(['<b>Title</b>', '<b>शीर्षक</b>']);
  });
  it('drops blank lines', () => {
    expect(htmlLines([['', bold], ['शीर्षक', bold]], 100)).toEqual(['<b>शीर्षक</b>']);
  });
});
