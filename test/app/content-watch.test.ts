import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchContent } from '../../src/app/content-watch.js';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await sleep(20);
};

describe('content watch', () => {
  it('a burst of writes, in sub-folders too, asks for one reload after the folder settles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-watch-'));
    mkdirSync(join(dir, 'sport'));
    const reasons: string[] = [];
    const watcher = watchContent({ dir, debounceMs: 300, rescanMs: 0, onChange: (r) => reasons.push(r) });
    stops.push(() => watcher.stop(), () => rmSync(dir, { recursive: true, force: true }));
    await sleep(100);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'sport', `a${i}.txt`), 'x');
    await until(() => reasons.length > 0);
    await sleep(600);
    expect(reasons).toEqual(['watch']);
  });

  it('watch off: only the periodic rescan asks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-watch-'));
    const reasons: string[] = [];
    const watcher = watchContent({ dir, watch: false, debounceMs: 50, rescanMs: 200, onChange: (r) => reasons.push(r) });
    stops.push(() => watcher.stop(), () => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'a.txt'), 'x');
    await until(() => reasons.length >= 2, 3000);
    expect(reasons.slice(0, 2)).toEqual(['rescan', 'rescan']);
  });

  it('a folder that cannot be watched is reported, not thrown', () => {
    const errors: Error[] = [];
    const watcher = watchContent({ dir: '/nonexistent/khabar', rescanMs: 0, onChange: () => undefined, onWatchError: (e) => errors.push(e) });
    watcher.stop();
    expect(errors).toHaveLength(1);
  });
});
