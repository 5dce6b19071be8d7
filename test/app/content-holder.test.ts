import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentDirError, createContentHolder } from '../../src/app/content-holder.js';

const NOW = new Date('2024-06-20T06:00:00Z');
const PAGE = 'भारत ने मैच जीता\nभारत ने मंगलवार को मैच जीता। कप्तान ने खुशी जताई।\n';
const METADATA = 'articles:\n  a.txt: 2024-06-18\n  b.txt: 2024-06-19\n  c.txt: 2024-06-17\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-holder-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), PAGE);
  writeFileSync(join(dir, 'metadata.yaml'), METADATA);
  return dir;
}
const holder = (contentDir: string) => createContentHolder({ contentDir, configDir: 'config', timezone: 'Asia/Kolkata', now: () => NOW });

describe('content holder: the bot refuses a missing content folder, like the CLI', () => {
  it.each([
    ['missing', () => '/nonexistent/khabar-content', /^content folder not found: \/nonexistent\/khabar-content \(set CONTENT_DIR/],
    ['a file', () => join(folder(), 'a.txt'), /^content folder is a file, not a folder: .*a\.txt \(set CONTENT_DIR/],
  ])('%s', (_name, dir, message) => {
    expect(() => holder(dir())).toThrow(ContentDirError);
    expect(() => holder(dir())).toThrow(message);
  });
});

describe('reload never swaps in a snapshot that lost articles to a problem', () => {
  it.each([
    ['metadata.yaml becomes unreadable', (dir: string) => writeFileSync(join(dir, 'metadata.yaml'), 'articles: {\n  a.txt: 2024-06-18\n'), 3, /^3 served article\(s\) would be lost \(a, b, c\)/],
    ['one entry breaks', (dir: string) => writeFileSync(join(dir, 'metadata.yaml'), 'articles:\n  a.txt: 2024-06-18\n  b.txt: [2024-06-19\n  c.txt: 2024-06-17\n'), 3, /^1 served article\(s\) would be lost \(b\)/],
    ['a page becomes binary', (dir: string) => writeFileSync(join(dir, 'c.txt'), Buffer.from([0, 1, 2, 0])), 3, /^1 served article\(s\) would be lost \(c\)/],
  ])('%s: refused, the old snapshot keeps serving, errors first', async (_name, breakIt, served, error) => {
    const dir = folder();
    const content = holder(dir);
    const before = content.current();
    breakIt(dir);
    const report = await content.reload();
    expect(report).toMatchObject({ ok: false, articles: served, added: [], removed: [] });
    expect(report.error).toMatch(error);
    expect(report.problems[0]?.severity).toBe('error');
    expect(content.current()).toBe(before);
  });

  it('a deleted file is a real removal: the reload goes through', async () => {
    const dir = folder();
    const content = holder(dir);
    rmSync(join(dir, 'b.txt'));
    const report = await content.reload();
    expect(report).toMatchObject({ ok: true, articles: 2, removed: ['b'] });
    expect(content.current().articles.map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('once fixed, the next reload goes through', async () => {
    const dir = folder();
    const content = holder(dir);
    writeFileSync(join(dir, 'metadata.yaml'), 'articles: [\n');
    expect((await content.reload()).ok).toBe(false);
    writeFileSync(join(dir, 'metadata.yaml'), METADATA);
    expect(await content.reload()).toMatchObject({ ok: true, articles: 3 });
  });

  it('the folder removed at run time: refused', async () => {
    const dir = folder();
    const content = holder(dir);
    rmSync(dir, { recursive: true });
    expect(await content.reload()).toMatchObject({ ok: false, articles: 3, error: expect.stringMatching(/^content folder not found/) });
  });
});
