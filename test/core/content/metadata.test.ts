import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { readMetadata } from '../../../src/core/content/metadata.js';

const NOW = new Date('2024-06-20T06:00:00Z');
const UNDATED = 'शीर्षक यहां\nभारत ने मंगलवार को मैच जीता।\n';

/** A content folder of undated pages a, b, c (only metadata can date them) and the given metadata. */
function folder(metadata: string, pages: Record<string, string> = { 'a.txt': UNDATED, 'b.txt': UNDATED, 'c.txt': UNDATED }): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-meta-'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'metadata.yaml'), metadata);
  return dir;
}
const load = (dir: string) => loadContent(dir, { timezone: 'Asia/Kolkata', now: NOW });

describe('readMetadata: one bad line costs only its own entry', () => {
  it.each([
    ['unclosed flow map', 'articles:\n  a.txt: { published: 2024-06-18 }\n  b.txt: { published: 2024-06-19 \n  c.txt: { published: 2024-06-17 }\n', ['a.txt', 'c.txt'], ['b.txt', 3]],
    ['stray tab-indented field', 'articles:\n  a.txt:\n    published: 2024-06-18\n  b.txt:\n\tpublished: 2024-06-19\n  c.txt:\n    published: 2024-06-17\n', ['a.txt', 'c.txt'], ['b.txt', 4]],
    ['unbalanced quote', 'articles:\n  a.txt: { published: 2024-06-18 }\n  "b.txt: { published: 2024-06-19 }\n  c.txt: 2024-06-17\n', ['a.txt', 'c.txt'], ['b.txt', 3]],
    ['bad line before articles', 'source: [oops\narticles:\n  a.txt: 2024-06-18\n  b.txt: 2024-06-19\n  c.txt: 2024-06-17\n', ['a.txt', 'b.txt', 'c.txt'], null],
  ] as const)('%s', (_name, text, kept, lost) => {
    const { entries, problems, complete } = readMetadata(text, 'metadata.yaml');
    expect(complete).toBe(false);
    expect(problems.filter((p) => p.severity === 'error').every((p) => typeof p.line === 'number' && /invalid YAML/.test(p.message))).toBe(true);
    expect(entries.filter((e) => !e.unreadable).map((e) => e.key)).toEqual(kept);
    expect(entries.filter((e) => e.unreadable).map((e) => [e.key, e.line])).toEqual(lost ? [lost] : []);
  });

  it('a valid file is complete and its dates are kept with their lines', () => {
    const { entries, complete } = readMetadata('articles:\n  a.txt:\n    published: 2024-06-18\n  b.txt: 2024-06-19\n', 'metadata.yaml');
    expect(complete).toBe(true);
    expect(entries.map((e) => [e.key, e.published, e.publishedLine])).toEqual([
      ['a.txt', '2024-06-18', 3],
      ['b.txt', '2024-06-19', 4],
    ]);
  });

  it.each([
    ['duplicate entry', 'articles:\n  a.txt: 2024-06-18\n  b.txt: 2024-06-19\n  a.txt: 2024-06-17\n', 4, /duplicate entry "a\.txt" \(first on line 2\); the last one wins/, '2024-06-17'],
    ['duplicate field', 'articles:\n  a.txt:\n    published: 2024-06-18\n    published: 2024-06-16\n', 4, /duplicate key "published" in entry "a\.txt"; the last one wins/, '2024-06-16'],
    ['duplicate entry in a broken file', 'articles:\n  a.txt: 2024-06-18\n  a.txt: 2024-06-15\n  b.txt: [\n', 3, /duplicate entry "a\.txt"/, '2024-06-15'],
  ])('%s: a warning with its line, the last one wins', (_name, text, line, message, published) => {
    const { entries, problems } = readMetadata(text, 'metadata.yaml');
    expect(problems).toContainEqual({ file: 'metadata.yaml', line, message: expect.stringMatching(message), severity: 'warning' });
    expect(entries.find((e) => e.key === 'a.txt')?.published).toBe(published);
  });
});

describe('loadContent with a broken metadata.yaml: nothing is lost silently', () => {
  it('the readable entries load; the article on the bad line is an error with file and line', () => {
    const { articles, problems } = load(folder('articles:\n  a.txt: { published: 2024-06-18 }\n  b.txt: { published: 2024-06-19 \n  c.txt: { published: 2024-06-17 }\n'));
    expect(articles.map((a) => [a.id, a.published])).toEqual([
      ['a', '2024-06-18'],
      ['c', '2024-06-17'],
    ]);
    expect(problems).toContainEqual({ file: 'metadata.yaml', line: 3, severity: 'error', message: expect.stringMatching(/^b\.txt: its metadata entry is not valid YAML .*no printed Update line either; article skipped$/) });
  });

  it('a page that prints its own Update line survives its broken entry, with a warning', () => {
    const dir = folder('articles:\n  a.txt: { published: [\n', { 'a.txt': 'शीर्षक\nUpdate: 2024-06-18 08:21 GMT\nपाठ।\n' });
    const { articles, problems } = load(dir);
    expect(articles.map((a) => a.publishedAt)).toEqual(['2024-06-18T08:21:00.000Z']);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'metadata.yaml', line: 2, severity: 'warning', message: expect.stringMatching(/using the printed Update line/) }));
  });

  it('when not even the `articles:` line can be read, every undated article is an error that says why', () => {
    const { articles, problems } = load(folder('articles: {\n  a.txt: 2024-06-18\n'));
    expect(articles).toEqual([]);
    const errors = problems.filter((p) => p.severity === 'error' && p.file.endsWith('.txt'));
    expect(errors.map((p) => p.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(errors[0]?.message).toMatch(/metadata\.yaml could not be fully read/);
  });

  it('no metadata.yaml and no Update line: each skipped article is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-nometa-'));
    writeFileSync(join(dir, 'a.txt'), UNDATED);
    const { problems } = load(dir);
    expect(problems).toEqual([{ file: 'a.txt', severity: 'error', message: expect.stringMatching(/no publication date: no "published" in metadata\.yaml/) }]);
  });
});

describe('publication dates in the future are a warning with file and line (today is 2024-06-20 in Asia/Kolkata)', () => {
  it.each([
    ['metadata date', 'articles:\n  a.txt: 2024-06-21\n', UNDATED, { file: 'metadata.yaml', line: 2 }, /^a\.txt: published 2024-06-21 is in the future \(today is 2024-06-20 in Asia\/Kolkata\)$/],
    ['metadata timestamp', 'articles:\n  a.txt:\n    published: 2024-06-20T09:00Z\n', UNDATED, { file: 'metadata.yaml', line: 3 }, /published 2024-06-20T09:00Z is in the future/],
    ['printed Update line', 'articles: {}\n', 'शीर्षक\n\nUpdate: 2025-01-01 08:00 GMT\nपाठ।\n', { file: 'a.txt', line: 3 }, /^printed Update line 2025-01-01T08:00Z is in the future/],
  ])('%s', (_name, metadata, page, where, message) => {
    const { articles, problems } = load(folder(metadata, { 'a.txt': page }));
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ ...where, severity: 'warning', message: expect.stringMatching(message) }]);
  });

  it.each([
    ['today', 'articles:\n  a.txt: 2024-06-20\n'],
    ['a few minutes ahead of the clock', 'articles:\n  a.txt: 2024-06-20T06:05Z\n'],
    ['yesterday', 'articles:\n  a.txt: 2024-06-19\n'],
  ])('%s is not in the future', (_name, metadata) => {
    expect(load(folder(metadata, { 'a.txt': UNDATED })).problems).toEqual([]);
  });
});
