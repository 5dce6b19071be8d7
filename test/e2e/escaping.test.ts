import { describe, expect, it } from 'vitest';
import { privateMessage } from '../fakes/telegram/index.js';
import { ADMIN, closedAfterEach, createWorld, shown, wellFormed } from './app-world.js';
import { tempContentDir } from './content-fixture.js';

// Markup-like text that the content cleaner keeps (it strips real tags such as <b>…</b>).
const COURT = [
  'सुप्रीम कोर्ट <b&> हाई कोर्ट: AT&T केस में 3 < 5 जजों की बेंच ने सुनवाई टाली',
  '',
  'नई दिल्ली में सोमवार 10 मार्च 2025 को सुप्रीम कोर्ट ने AT&T और R&D कंपनी के विवाद की सुनवाई 24 मार्च तक टाल दी <b&> दोनों पक्षों से जवाब माँगा।',
  '',
  'अदालत ने कहा कि 3 < 5 जजों की बेंच ही इस मामले पर फैसला करेगी, और याचिकाकर्ता को 2 हफ्ते में हलफनामा देना होगा।',
].join('\n');
const WEATHER = [
  'IMD <चेतावनी> & अलर्ट: दिल्ली में 45 डिग्री पारा, लू का ऑरेंज अलर्ट',
  '',
  'भारतीय मौसम विज्ञान विभाग (IMD) ने मंगलवार 11 मार्च 2025 को दिल्ली & एनसीआर के लिए लू का ऑरेंज अलर्ट जारी किया।',
  '',
  'विभाग के अनुसार अगले 3 दिनों तक तापमान 45 डिग्री सेल्सियस के आसपास रहेगा।',
].join('\n');

const t = closedAfterEach();

describe('escaping through publish → outbox → Telegram', () => {
  it('<b&>, & and < from the content reach subscribers as literal text in valid HTML', async () => {
    const folder = tempContentDir('escaping', { 'court.txt': [COURT, '2025-03-10'], 'weather.txt': [WEATHER, '2025-03-11'] });
    t.dir = folder.dir;
    t.world = await createWorld();
    const w = t.world;
    const app = await w.start({ CONTENT_DIR: folder.contentDir });
    expect(app.services.content.current().articles).toHaveLength(2);
    for (const [chat, lang] of [[3001, 'hi'], [3002, 'en'], [3003, 'both']] as const) {
      await w.ask(privateMessage(chat, '/subscribe'));
      await w.ask(privateMessage(chat, `/lang ${lang}`));
    }
    expect(shown(await w.ask(privateMessage(ADMIN, '/publish')))).toContain('Published: 3 subscription(s) got a digest');
    const digestCalls = w.fake.calls('sendMessage').filter((c) => [3001, 3002, 3003].map(String).includes(String(c.params['chat_id'])));
    expect(digestCalls.filter((c) => c.status !== 200)).toEqual([]);

    const digest = (chat: number) => w.fake.sent(chat).filter((m) => /^(khabar|खबर) ·/.test(m.plainText));
    for (const chat of [3001, 3002, 3003]) expect(digest(chat).length).toBeGreaterThan(0);
    const hindi = shown([...digest(3001), ...digest(3003)]);
    for (const literal of ['<b&>', 'AT&T', '3 < 5', '<चेतावनी> &']) expect(hindi).toContain(literal);
    const html = [3001, 3002, 3003].flatMap(digest).map((m) => m.text).join('\n');
    expect(html).toContain('&lt;b&amp;&gt;');
    expect(html).not.toMatch(/<b&>|AT&T|3 < 5|<चेतावनी>/);
    expect([3001, 3002, 3003].flatMap(digest).every(wellFormed)).toBe(true);
  });
});
