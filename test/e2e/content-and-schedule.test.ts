import { describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, closedAfterEach, createWorld, deliveryOf, shown, wellFormed } from './app-world.js';
import { CRICKET, ISRO, MARKETS, tempContentDir, writeArticles } from './content-fixture.js';

const t = closedAfterEach();

describe('content updates and the schedule across restarts', () => {
  it('after /reload adds an article, /publish sends each subscriber only the new story', async () => {
    const folder = tempContentDir('reload', { 'cricket.txt': [CRICKET, '2024-02-05'], 'markets.txt': [MARKETS, '2024-02-06'] });
    t.dir = folder.dir;
    t.world = await createWorld();
    const w = t.world;
    await w.start({ CONTENT_DIR: folder.contentDir });
    await w.ask(privateMessage(6001, '/subscribe'));
    await w.ask(privateMessage(6001, '/lang hi'));
    await w.ask(privateMessage(ADMIN, '/publish'));
    const first = shown(w.fake.sent(6001).filter((m) => m.plainText.startsWith('खबर ·')));
    expect(first).toContain('सेंसेक्स');
    expect(first).toContain('इंग्लैंड');

    writeArticles(t.dir, { 'isro.txt': [ISRO, '2024-02-17'] });
    expect(shown(await w.ask(privateMessage(ADMIN, '/reload')))).toMatch(/isro/);
    const before = w.fake.sent(6001).length;
    expect(shown(await w.ask(privateMessage(ADMIN, '/publish')))).toContain('Published: 1 subscription(s) got a digest, 0 had nothing new.');
    const second = w.fake.sent(6001).slice(before);
    expect(second.every(wellFormed)).toBe(true);
    expect(shown(second)).toMatch(/^खबर · .*1 खबर/);
    expect(shown(second)).toContain('INSAT-3DS');
    expect(shown(second)).not.toMatch(/सेंसेक्स|इंग्लैंड/);
  }, 60_000);

  it('a bot that was down at 08:00 catches up once on the next start, and not again for the same slot', async () => {
    t.world = await createWorld({ start: new Date('2030-03-14T02:00:00Z') }); // 07:30 in Asia/Kolkata
    const w = t.world;
    const first = await w.start();
    await w.ask(privateMessage(6101, '/subscribe'));
    await first.stop();
    const before = w.fake.sent(6101).length;

    w.clock.advance(60 * 60_000); // 08:30: the 08:00 digest was missed
    const second = await w.start();
    await deliveryOf(second).idle();
    const caughtUp = w.fake.sent(6101).slice(before);
    expect(caughtUp.length).toBeGreaterThan(0);
    expect(caughtUp[0]?.plainText).toMatch(/^khabar · 14 March 2030 · \d+ stories/);
    expect(caughtUp.every(wellFormed)).toBe(true);
    w.clock.advance(10 * 60_000);
    expect((await deliveryOf(second).catchUp(w.clock.now())).plan.queued).toBe(0);
    expect(w.fake.sent(6101).length).toBe(before + caughtUp.length);
  }, 60_000);
});
