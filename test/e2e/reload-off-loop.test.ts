import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { writeSyntheticContent } from '../helpers/synthetic-content.js';
import { ADMIN, closedAfterEach, createWorld, shown } from './app-world.js';

const t = closedAfterEach();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reload runs off the event loop; new content is picked up without a command', () => {
  it('a user\'s /event sent during a /reload of 240 new articles is answered before the reload finishes', async () => {
    t.dir = mkdtempSync(join(tmpdir(), 'khabar-big-'));
    writeSyntheticContent(t.dir, 4);
    t.world = await createWorld({ env: { CONTENT_DIR: t.dir, CONTENT_WATCH: 'false', CONTENT_RESCAN_SECONDS: '0' } });
    const w = t.world;
    await w.start();
    writeSyntheticContent(t.dir, 244);
    w.fake.pushUpdate(privateMessage(ADMIN, '/reload'));
    await sleep(200);
    const answer = await w.ask(privateMessage(7001, '/event 2023-01'));
    expect(shown(answer)).toMatch(/2023/);
    // the reload was still running when the user got the answer
    expect(shown(w.fake.sent(ADMIN))).not.toMatch(/Reloaded/);
    const reloaded = await w.fake.waitFor((m) => m.chat_id === ADMIN && m.plainText.includes('Reloaded'), 120_000);
    expect(reloaded.plainText).toContain('Reloaded: 244 articles.');
    expect(w.logs.some((l) => l.msg === 'content reload' && l.ok === true)).toBe(true);
  }, 180_000);

  it('a new file is served after the folder settles (no command); a broken page keeps the old snapshot', async () => {
    t.dir = mkdtempSync(join(tmpdir(), 'khabar-watch-'));
    writeSyntheticContent(t.dir, 3);
    t.world = await createWorld({ env: { CONTENT_DIR: t.dir, CONTENT_RESCAN_SECONDS: '0' } });
    const w = t.world;
    const app = await w.start();
    const served = (): string[] => app.services.content.current().articles.map((a) => a.id);
    expect(served()).toEqual(['a000000', 'a000001', 'a000002']);
    writeSyntheticContent(t.dir, 4);
    const end = Date.now() + 30_000;
    while (!served().includes('a000003') && Date.now() < end) await sleep(100);
    expect(served()).toEqual(['a000000', 'a000001', 'a000002', 'a000003']);
    expect(w.logs.some((l) => l.msg === 'reload' && l.reason === 'watch' && JSON.stringify(l.added) === '["a000003"]')).toBe(true);

    const before = app.services.content.current();
    writeFileSync(join(t.dir, 'part-000', 'a000001.txt'), Buffer.from([0, 1, 2, 0]));
    const refusedBy = Date.now() + 30_000;
    while (!w.logs.some((l) => l.msg === 'reload refused; the previous snapshot keeps serving') && Date.now() < refusedBy) await sleep(100);
    expect(w.logs.some((l) => l.msg === 'reload refused; the previous snapshot keeps serving')).toBe(true);
    expect(app.services.content.current()).toBe(before);
  }, 90_000);

  it('with the watch off, the periodic rescan picks the new file up', async () => {
    t.dir = mkdtempSync(join(tmpdir(), 'khabar-rescan-'));
    writeSyntheticContent(t.dir, 2);
    t.world = await createWorld({ env: { CONTENT_DIR: t.dir, CONTENT_WATCH: 'false', CONTENT_RESCAN_SECONDS: '1' } });
    const app = await t.world.start();
    writeSyntheticContent(t.dir, 3);
    const end = Date.now() + 30_000;
    while (app.services.content.current().articles.length < 3 && Date.now() < end) await sleep(100);
    expect(app.services.content.current().articles.map((a) => a.id)).toContain('a000002');
  }, 60_000);
});
