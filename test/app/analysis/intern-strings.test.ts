import { describe, expect, it } from 'vitest';
import { createStringTable } from '../../../src/app/analysis/intern-strings.js';
import { buildSnapshot } from '../../../src/core/pipeline/build-snapshot.js';

describe('string table: one copy of each string, values unchanged', () => {
  it.each([
    ['a plain object', { a: 'भारत', b: 'India', n: 3, none: null, gone: undefined }],
    ['nested arrays', [['place', 'place'], ['उत्तर प्रदेश', 'Uttar Pradesh', 1]]],
    ['a Map of sentence index → English (keys stay numbers)', new Map([[0, 'On 19 June 2024'], [4, 'On 19 June 2024']])],
    ['a Date stays a Date', { at: new Date('2024-06-20T06:00:00Z'), kind: 'absolute' }],
    ['optional fields absent stay absent', { text: '19 जून', span: { start: 0, end: 6 } }],
  ])('%s', (_name, value) => {
    const before = structuredClone(value);
    const table = createStringTable();
    expect(table.intern(value)).toBe(value);
    expect(value).toStrictEqual(before);
  });

  it('every analysed article of the seeds is equal after interning (strings shared across articles)', () => {
    const snapshot = buildSnapshot({ contentDir: 'content', configDir: 'config', timezone: 'Asia/Kolkata' }, new Date('2024-06-20T06:00:00Z'));
    const before = structuredClone(snapshot.articles);
    const table = createStringTable();
    for (const article of snapshot.articles) table.intern(article);
    expect(snapshot.articles).toStrictEqual(before);
  });
});
