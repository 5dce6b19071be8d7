import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import type { Problem } from '../../../src/core/types.js';

const fixture = (name: string): string => join(process.cwd(), 'test', 'fixtures', `content-${name}`);
const load = (name: string, timezone = 'Asia/Kolkata') => loadContent(fixture(name), { timezone });
const brief = (problems: Problem[]) => problems.map((p) => ({ file: p.file, line: p.line, severity: p.severity }));

describe('loadContent: broken input never stops the rest', () => {
  it('malformed YAML: an error with its line; the readable entry is kept, the broken one is an error naming its article', () => {
    const { articles, problems } = load('malformed-yaml');
    // line 3 (markets.txt: { published: 2024-03-05 }) is valid on its own and read entry by entry
    expect(articles.map((a) => [a.id, a.published, a.publishedAt])).toEqual([['markets', '2024-03-05', undefined]]);
    const yaml = problems.filter((p) => p.file === 'metadata.yaml');
    expect(yaml.length).toBeGreaterThan(0);
    expect(yaml.every((p) => p.severity === 'error' && typeof p.line === 'number')).toBe(true);
    expect(yaml.some((p) => /invalid YAML/.test(p.message))).toBe(true);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'metadata.yaml', line: 4, severity: 'error', message: expect.stringMatching(/^weather\.txt: its metadata entry is not valid YAML.*skipped/) }),
    );
  });

  it('invalid dates (2024-02-30, "tomorrow", month 13): line-numbered, fall back to the Update line or skip', () => {
    const { articles, problems } = load('invalid-date');
    expect(articles.map((a) => [a.id, a.published])).toEqual([
      ['cricket', '2024-02-29'],
      ['isro', '2024-02-29'],
    ]);
    expect(brief(problems)).toEqual(
      expect.arrayContaining([
        { file: 'metadata.yaml', line: 3, severity: 'error' },
        { file: 'metadata.yaml', line: 6, severity: 'warning' },
        { file: 'metadata.yaml', line: 9, severity: 'error' },
      ]),
    );
    expect(problems.find((p) => p.line === 3)?.message).toMatch(/election\.txt.*2024-02-30.*skipped/);
    expect(problems.find((p) => p.line === 6)?.message).toMatch(/isro\.txt.*tomorrow.*Update line/);
  });

  it('empty, blank, binary (NUL) and non-UTF-8 files are errors; the good file loads', () => {
    const { articles, problems } = load('empty-binary');
    expect(articles.map((a) => a.id)).toEqual(['rupee']);
    expect(brief(problems)).toEqual([
      { file: 'archive.txt', line: 1, severity: 'error' },
      { file: 'blank.txt', line: undefined, severity: 'error' },
      { file: 'empty.txt', line: undefined, severity: 'error' },
      { file: 'latin1.txt', line: 1, severity: 'error' },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/binary/),
      expect.stringMatching(/empty/),
      expect.stringMatching(/empty/),
      expect.stringMatching(/UTF-8/),
    ]);
  });

  it('BOM and CRLF in article and metadata are handled silently', () => {
    const { articles, problems } = load('bom-crlf');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [ipl] = articles;
    expect(ipl?.published).toBe('2024-04-10');
    expect(ipl?.raw.startsWith('आईपीएल')).toBe(true);
    expect(ipl?.raw).not.toMatch(/[\r\uFEFF]/);
  });

  // A second file with the same id is not loaded, so it is an error (validate exits 1 when an article could not load).
  it('nested folders: relative-path keys (with ./), file-name keys, a duplicate id is an error', () => {
    const { articles, problems } = load('nested');
    expect(articles.map((a) => [a.id, a.file, a.published])).toEqual([
      ['hockey', 'archive/hockey.txt', '2020-01-01'],
      ['parliament', 'parliament.txt', '2024-07-22'],
      ['up-hospital', 'politics/states/up-hospital.txt', '2024-07-01'],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'sport/hockey.txt', severity: 'error', message: expect.stringMatching(/duplicate article id "hockey"/) }),
    ]);
  });

  // An undated file is an article that could not load: an error (issue 12, validate must exit 1); the rest are warnings.
  it('missing metadata: Update line used, undated file skipped with an error, odd metadata warned', () => {
    const { articles, problems } = load('missing-metadata');
    expect(articles.map((a) => [a.id, a.published, a.publishedAt, a.language])).toEqual([
      ['english', '2024-06-21', undefined, 'en'],
      ['gold', '2024-06-19', '2024-06-18T20:30:00.000Z', 'hi'],
    ]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['undated.txt']);
    const messages = problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^metadata\.yaml:1 unknown key "source"/),
        expect.stringMatching(/^metadata\.yaml:3 metadata for a missing file "ghost\.txt"/),
        expect.stringMatching(/^metadata\.yaml:4 unknown key "author"/),
        expect.stringMatching(/^metadata\.yaml:4 english\.txt: language "en" is not Hindi/),
        expect.stringMatching(/^undated\.txt: no publication date.*skipped/),
      ]),
    );
  });
});

describe('loadContent: publication dates in the time zone', () => {
  it.each([
    ['date-only', '2024-06-18', undefined],
    ['late-night', '2024-06-19', '2024-06-18T20:00:00.000Z'],
    ['local-time', '2024-06-18', '2024-06-18T02:51:00.000Z'],
    ['offset', '2024-06-18', '2024-06-18T18:00:00.000Z'],
  ])('%s → %s', (id, published, publishedAt) => {
    const article = load('times').articles.find((a) => a.id === id);
    expect(article?.published).toBe(published);
    expect(article?.publishedAt).toBe(publishedAt);
  });

  it('the same instant is another local date in another zone', () => {
    const article = load('times', 'America/New_York').articles.find((a) => a.id === 'late-night');
    expect(article?.published).toBe('2024-06-18');
  });

  it('an unknown time zone is a warning and UTC is used', () => {
    const { articles, problems } = load('times', 'Mars/Olympus');
    expect(articles.find((a) => a.id === 'late-night')?.published).toBe('2024-06-18');
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/Mars\/Olympus/) }));
  });
});

describe('loadContent: folders', () => {
  it('a missing folder is an error problem, not a throw', () => {
    const result = loadContent('/nonexistent/khabar-content', { timezone: 'Asia/Kolkata' });
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ file: '/nonexistent/khabar-content', severity: 'error' })]);
  });

  it('a file given instead of a folder is an error problem', () => {
    const result = loadContent(join(fixture('nested'), 'parliament.txt'), { timezone: 'UTC' });
    expect(result.articles).toEqual([]);
    expect(result.problems[0]?.severity).toBe('error');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable article is an error; the others load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-perm-'));
    writeFileSync(join(dir, 'a.txt'), 'शीर्षक\nUpdate: 2024-06-18 08:21 GMT\nपाठ।\n');
    writeFileSync(join(dir, 'b.txt'), 'शीर्षक\nUpdate: 2024-06-18 08:21 GMT\nपाठ।\n');
    chmodSync(join(dir, 'b.txt'), 0o000);
    const result = loadContent(dir, { timezone: 'UTC' });
    expect(result.articles.map((a) => a.id)).toEqual(['a']);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'b.txt', severity: 'error' })]);
  });

  it('a folder without metadata.yaml loads files that print an Update line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-nometa-'));
    writeFileSync(join(dir, 'x.txt'), 'शीर्षक\nUpdate: 2024-01-31 22:00 GMT\nपाठ।\n');
    const result = loadContent(dir, { timezone: 'Asia/Kolkata' });
    expect(result.articles.map((a) => [a.id, a.published])).toEqual([['x', '2024-02-01']]);
    expect(result.problems).toEqual([]);
  });

  it('duplicate metadata keys and an id key are accepted with a warning for the duplicate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-dupkey-'));
    writeFileSync(join(dir, 'x.txt'), 'शीर्षक\nपाठ।\n');
    writeFileSync(join(dir, 'metadata.yaml'), 'articles:\n  x: { published: 2024-01-01 }\n  x: { published: 2024-01-02 }\n');
    const result = loadContent(dir, { timezone: 'UTC' });
    expect(result.articles.map((a) => a.published)).toEqual(['2024-01-02']);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'metadata.yaml', line: 3, severity: 'warning' })]);
  });
});
