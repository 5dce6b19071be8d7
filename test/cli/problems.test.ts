import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const UNDATED = 'भारत ने मैच जीता\nभारत ने मंगलवार को मैच जीता। कप्तान ने खुशी जताई।\n';
const DATED = 'भारत ने मैच जीता\nUpdate: 2024-06-18 08:21 GMT\nभारत ने मंगलवार को मैच जीता। कप्तान ने खुशी जताई।\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-problems-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Three undated pages; the entry of b.txt (line 3) is broken. */
const brokenMetadata = () =>
  folder({
    'a.txt': UNDATED,
    'b.txt': UNDATED,
    'c.txt': UNDATED,
    'metadata.yaml': 'articles:\n  a.txt: { published: 2024-06-18 }\n  b.txt: { published: 2024-06-19 \n  c.txt: { published: 2024-06-17 }\n',
  });

describe('a metadata.yaml with one bad line: the readable entries are kept, and the result says it is partial', () => {
  it.each([
    ['facts', '--json'],
    ['digest', '--format', 'json'],
    ['event', '2024-06', '--json'],
  ])('%s: output for a and c, file:line lines on stderr, exit 1', async (...args) => {
    const result = await cli('--content', brokenMetadata(), ...args);
    expect(result.code).toBe(1);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^metadata\.yaml:[34]: error: invalid YAML: /));
    expect(lines).toContainEqual(expect.stringMatching(/^metadata\.yaml:3: error: b\.txt: its metadata entry is not valid YAML .*skipped$/));
    expect(lines.at(-1)).toMatch(/^khabar: output incomplete: \d+ errors above/);
    expect(result.stderr).not.toMatch(/"level"|^\{/m);
  });

  it('facts keeps both readable articles', async () => {
    const result = await cli('--content', brokenMetadata(), 'facts', '--json');
    expect((JSON.parse(result.stdout) as { article: string }[]).map((a) => a.article)).toEqual(['a', 'c']);
  });

  it('--log-json gives machines today’s pino JSON lines instead', async () => {
    let json = '';
    const { pino } = await import('pino');
    const { runCli } = await import('../../src/cli/run-cli.js');
    const code = await runCli(['--log-json', '--content', brokenMetadata(), 'facts', '--json'], {
      stdout: () => undefined,
      stderr: () => undefined,
      logger: pino({ level: 'warn' }, { write: (line: string) => void (json += line) }),
      cwd: process.cwd(),
      now: () => new Date('2024-06-20T06:00:00Z'),
    });
    expect(code).toBe(1);
    const records = json.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; line?: number; severity: string; msg: string });
    expect(records).toContainEqual(expect.objectContaining({ file: 'metadata.yaml', line: 3, severity: 'error', msg: expect.stringMatching(/^b\.txt: /) }));
  });
});

describe('validate exits 1 whenever an article could not be loaded', () => {
  it.each([
    ['no metadata.yaml: 2 dated, 3 undated', { 'a.txt': DATED, 'b.txt': DATED, 'c.txt': UNDATED, 'd.txt': UNDATED, 'e.txt': UNDATED }, 2, 1],
    ['a broken entry', { 'a.txt': UNDATED, 'b.txt': UNDATED, 'metadata.yaml': 'articles:\n  a.txt: 2024-06-18\n  b.txt: [\n' }, 1, 1],
    ['all dated, a duplicate key (a warning)', { 'a.txt': UNDATED, 'metadata.yaml': 'articles:\n  a.txt: 2024-06-18\n  a.txt: 2024-06-17\n' }, 1, 0],
    ['a date in the future (a warning)', { 'a.txt': UNDATED, 'metadata.yaml': 'articles:\n  a.txt: 2024-07-01\n' }, 1, 0],
  ])('%s', async (_name, files, loaded, code) => {
    const result = await cli('--content', folder(files), 'validate');
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(new RegExp(`^${loaded} articles loaded`, 'm'));
    expect(result.stderr).toBe('');
  });

  it('warnings name file and line in the text report', async () => {
    const result = await cli('--content', folder({ 'a.txt': UNDATED, 'metadata.yaml': 'articles:\n  a.txt: 2024-06-18\n  a.txt: 2024-07-01\n' }), 'validate');
    expect(result.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'metadata.yaml:3: warning: duplicate entry "a.txt" (first on line 2); the last one wins',
        'metadata.yaml:3: warning: a.txt: published 2024-07-01 is in the future (today is 2024-06-20 in Asia/Kolkata)',
      ]),
    );
  });
});
