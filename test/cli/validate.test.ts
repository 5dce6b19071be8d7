import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

function brokenFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-validate-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'good.txt'), 'शीर्षक यहां\nभारत ने मंगलवार को मैच जीता। कप्तान ने खुशी जताई।\n');
  writeFileSync(join(dir, 'nested', 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x41]));
  writeFileSync(join(dir, 'undated.txt'), 'बिना तारीख की खबर\nइसमें कोई तारीख नहीं है।\n');
  writeFileSync(
    join(dir, 'metadata.yaml'),
    'articles:\n  good.txt: { published: 2024-06-19, language: hi }\n  binary.txt: { published: 2024-06-19 }\n  nested/empty.txt: { published: 2024-06-19 }\n',
  );
  return dir;
}

describe('validate', () => {
  it('passes on the seed folder', async () => {
    const result = await cli('validate');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5 articles loaded/);
  });

  it('lists every problem with its file, keeps the good article, exits 1', async () => {
    const result = await cli('--content', brokenFolder(), 'validate', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { articles: number; problems: { file: string; message: string }[] };
    expect(report.articles).toBe(1);
    const files = report.problems.map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining(['binary.txt', 'nested/empty.txt', 'undated.txt']));
  });

  it('reports malformed metadata with a line number and still loads dated files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-yaml-'));
    writeFileSync(join(dir, 'a.txt'), 'शीर्षक\nUpdate: 2024-06-18 08:21 GMT\nखबर का पाठ।\n');
    writeFileSync(join(dir, 'metadata.yaml'), 'articles:\n  a.txt: { published: [unclosed\n');
    const result = await cli('--content', dir, 'validate');
    expect(result.stdout).toMatch(/metadata\.yaml:\d+/);
    expect(result.stdout).toMatch(/1 articles loaded/);
  });
});

describe('CLI errors', () => {
  it('a missing content folder is a content error (exit 1)', async () => {
    const result = await cli('--content', '/nonexistent/khabar', 'facts', '--json');
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'khabar: content folder not found: /nonexistent/khabar\n' });
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    const result = await cli('publish-everything');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^khabar: unknown command/);
  });

  it('an unknown timezone is a usage error', async () => {
    const result = await cli('--tz', 'Mars/Olympus', 'digest');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown timezone "Mars\/Olympus"/);
  });

  it('--help prints usage and exits 0', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/facts/);
    expect(result.stdout).toMatch(/event/);
  });
});
