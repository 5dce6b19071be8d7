import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateMessage } from '../../fakes/telegram/index.js';
import { makeArticle } from '../../helpers/make-article.js';
import { fakeContent } from '../../app/commands/services-fixture.js';
import { seedContent, startHarness, type Harness } from './bot-harness.js';

// The content cleaner strips real tags such as <b>…</b>; `<b&>` and `a < b` survive it and must be escaped.
const BODY = [
  'Sensex <b&> Nifty: सेंसेक्स 500 अंक चढ़ा, निवेशक खुश & बाज़ार मज़बूत',
  '',
  'मुंबई में बुधवार 19 जून 2024 को सेंसेक्स 500 अंक चढ़कर बंद हुआ <b&> निफ्टी भी 150 अंक ऊपर गया।',
  '',
  'बीएसई के आंकड़ों के अनुसार विदेशी निवेशकों ने 2,000 करोड़ रुपये के शेयर खरीदे, जबकि घरेलू बिक्री 3 < 5 रही।',
  '',
  'विश्लेषकों ने कहा कि 20 जून को भी बाज़ार में तेज़ी रह सकती है।',
].join('\n');

let dir: string;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khabar-tg-escape-'));
  writeFileSync(join(dir, 'markets.txt'), BODY);
  writeFileSync(join(dir, 'metadata.yaml'), 'articles:\n  markets.txt: { published: 2024-06-19 }\n');
  h = await startHarness(seedContent(dir));
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('escaping content in Telegram HTML', () => {
  it('/digest of a content folder shows <b&> and & as text, never as markup', async () => {
    const parts = await h.ask(privateMessage(901, '/digest'));
    const html = parts.map((p) => p.text).join('\n');
    expect(html).toContain('Sensex &lt;b&amp;&gt; Nifty');
    expect(html).not.toContain('<b&>');
    expect(parts.map((p) => p.plainText).join('\n')).toContain('Sensex <b&> Nifty');
  });

  it('/event escapes the sentences it quotes', async () => {
    const parts = await h.ask(privateMessage(902, '/event 2024-06-19'));
    expect(parts.map((p) => p.text).join('\n')).toContain('500 अंक चढ़कर बंद हुआ &lt;b&amp;&gt; निफ्टी');
    expect(parts.map((p) => p.plainText).join('\n')).toContain('500 अंक चढ़कर बंद हुआ <b&> निफ्टी');
  });

  it('a title, bullets and sentences holding <b>& are shown literally (analysed content as given)', async () => {
    const article = makeArticle({
      id: 'tricky', published: '2024-06-19', sentences: ['<b>&amp; 19 जून को</b> बैठक हुई।'], dates: [[0, '19 जून', '2024-06-19', 'day']],
      summary: { hi: ['<b>& सार</b>'], en: ['<i>AT&T</i> & <a href="x">link</a>'] },
    });
    article.title = { hi: 'शीर्षक <b>&', en: 'Title <b>&', enSource: 'rules' };
    const tricky = await startHarness(fakeContent([article]));
    try {
      const digest = await tricky.ask(privateMessage(903, '/digest'));
      const plain = digest.map((p) => p.plainText).join('\n');
      for (const literal of ['Title <b>&', 'शीर्षक <b>&', '<b>& सार</b>', '<i>AT&T</i> & <a href="x">link</a>']) expect(plain).toContain(literal);
      expect(digest.flatMap((p) => p.entities).filter((e) => e.type === 'text_link')).toEqual([]);
      const events = await tricky.ask(privateMessage(903, '/event 2024-06'));
      expect(events.map((p) => p.plainText).join('\n')).toContain('<b>&amp; 19 जून को</b> बैठक हुई।');
    } finally {
      await tricky.close();
    }
  });
});
