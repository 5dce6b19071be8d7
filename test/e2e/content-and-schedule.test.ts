import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, createWorld, deliveryOf, shown, wellFormed, type World } from './app-world.js';

const CRICKET = [
  'भारत ने दूसरे टेस्ट में इंग्लैंड को 7 विकेट से हराया, सीरीज़ 1-1 से बराबर',
  '',
  'विशाखापत्तनम में सोमवार 5 फरवरी 2024 को भारत ने इंग्लैंड को 7 विकेट से हराकर पांच मैचों की सीरीज़ 1-1 से बराबर कर ली।',
  '',
  'जसप्रीत बुमराह ने मैच में 9 विकेट लिए और उन्हें प्लेयर ऑफ द मैच चुना गया।',
].join('\n');
const MARKETS = [
  'सेंसेक्स 700 अंक उछला, निफ्टी रिकॉर्ड ऊंचाई पर बंद',
  '',
  'मुंबई में मंगलवार 6 फरवरी 2024 को बीएसई सेंसेक्स 700 अंक चढ़कर 72,000 के पार बंद हुआ, जबकि निफ्टी 21,900 पर पहुंचा।',
  '',
  'विदेशी निवेशकों ने 1,500 करोड़ रुपये के शेयर खरीदे।',
].join('\n');
const ISRO = [
  'इसरो ने श्रीहरिकोटा से मौसम उपग्रह INSAT-3DS सफलतापूर्वक लॉन्च किया',
  '',
  'भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने शनिवार 17 फरवरी 2024 को श्रीहरिकोटा से GSLV-F14 रॉकेट के जरिए मौसम उपग्रह INSAT-3DS लॉन्च किया।',
  '',
  'उपग्रह मौसम के पूर्वानुमान और आपदा चेतावनी में मदद करेगा।',
].join('\n');

let world: World | null = null;
let dir: string | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('content updates and the schedule across restarts', () => {
  it('after /reload adds an article, /publish sends each subscriber only the new story', async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-reload-'));
    writeFileSync(join(dir, 'cricket.txt'), CRICKET);
    writeFileSync(join(dir, 'markets.txt'), MARKETS);
    const metadata = 'articles:\n  cricket.txt: { published: 2024-02-05 }\n  markets.txt: { published: 2024-02-06 }\n';
    writeFileSync(join(dir, 'metadata.yaml'), metadata);
    world = await createWorld();
    const w = world;
    await w.start({ CONTENT_DIR: relative(process.cwd(), dir) });
    await w.ask(privateMessage(6001, '/subscribe'));
    await w.ask(privateMessage(6001, '/lang hi'));
    await w.ask(privateMessage(ADMIN, '/publish'));
    const first = shown(w.fake.sent(6001).filter((m) => m.plainText.startsWith('खबर ·')));
    expect(first).toContain('सेंसेक्स');
    expect(first).toContain('इंग्लैंड');

    writeFileSync(join(dir, 'isro.txt'), ISRO);
    writeFileSync(join(dir, 'metadata.yaml'), `${metadata}  isro.txt: { published: 2024-02-17 }\n`);
    expect(shown(await w.ask(privateMessage(ADMIN, '/reload')))).toMatch(/isro/);
    const before = w.fake.sent(6001).length;
    expect(shown(await w.ask(privateMessage(ADMIN, '/publish')))).toContain('Published: 1 subscription(s) got a digest, 0 had nothing new.');
    const second = w.fake.sent(6001).slice(before);
    expect(second.every(wellFormed)).toBe(true);
    expect(shown(second)).toMatch(/^खबर · .*1 खबर/);
    expect(shown(second)).toContain('INSAT-3DS');
    expect(shown(second)).not.toMatch(/सेंसेक्स|इंग्लैंड/);
  });

  it('a bot that was down at 08:00 catches up once on the next start, and only once', async () => {
    world = await createWorld({ start: new Date('2030-03-14T02:00:00Z') }); // 07:30 in Asia/Kolkata
    const w = world;
    const first = await w.start();
    await w.ask(privateMessage(6101, '/subscribe'));
    await first.stop();
    const before = w.fake.sent(6101).length;

    w.clock.advance(60 * 60_000); // 08:30: the 08:00 digest was missed
    const second = await w.start();
    await deliveryOf(second).idle();
    const caughtUp = w.fake.sent(6101).slice(before);
    expect(caughtUp.length).toBeGreaterThan(1);
    expect(caughtUp[0]?.plainText).toMatch(/^khabar · 14 March 2030 · \d+ stories/);
    expect(caughtUp.every(wellFormed)).toBe(true);
    await second.stop();

    w.clock.advance(10 * 60_000);
    await deliveryOf(await w.start()).idle();
    expect(w.fake.sent(6101).length).toBe(before + caughtUp.length);
  });
});
