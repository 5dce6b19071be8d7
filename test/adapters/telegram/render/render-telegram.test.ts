import { describe, expect, it } from 'vitest';
import { renderTelegramDigest, telegramRenderer } from '../../../../src/adapters/telegram/render/render-telegram.js';
import { parseTelegramHtml } from '../../../fakes/telegram/html.js';
import { makeDigest, makeStory } from './digest-fixtures.js';
import { expectValidParts, LANGUAGES } from './expect-valid-parts.js';
import { visibleText } from './html-check.js';

describe('renderTelegramDigest: layout', () => {
  const digest = makeDigest([makeStory(0), makeStory(1)], 3);

  it('both languages: header, bold titles, bilingual bullets, italic facts, sources, see also, more', () => {
    const [part] = expectValidParts(digest, 'both');
    expect(part).toBe([
      '<b>khabar · 24 November 2026 · 2 stories / खबर · 24 नवंबर 2026 · 2 खबरें</b>',
      '',
      '<b>1. Sensex closed 450 points up at 81,200 (0)</b>',
      '<b>सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ। (0)</b>',
      '• Sensex closed 450 points up at 81,200',
      '   सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ।',
      '• Second point 0: leaders made statements',
      '   दूसरी बात 0: नेताओं ने बयान दिया।',
      '<i>Dates: 12 July 2025 · Numbers: 450 points · People: Narendra Modi · Places: New Delhi · Organisations: ISRO</i>',
      'Sources: 000_story (2025-07-12)',
      'See also: 001_story',
      '',
      '<b>2. IMD issued an orange alert for heavy rain (1)</b>',
      '<b>मौसम विभाग ने भारी बारिश का ऑरेंज अलर्ट जारी किया। (1)</b>',
      '• IMD issued an orange alert for heavy rain',
      '   मौसम विभाग ने भारी बारिश का ऑरेंज अलर्ट जारी किया।',
      '• Second point 1: leaders made statements',
      '   दूसरी बात 1: नेताओं ने बयान दिया।',
      '<i>Dates: 12 July 2025 · Numbers: 450 points · People: Narendra Modi · Places: New Delhi · Organisations: ISRO</i>',
      'Sources: 001_story (2025-07-12)',
      '',
      '…and 3 more stories. / …और 3 खबरें।',
    ].join('\n'));
  });

  it('hi: Hindi title, Hindi bullets and labels only', () => {
    const [part = ''] = expectValidParts(digest, 'hi');
    expect(part).toContain('<b>खबर · 24 नवंबर 2026 · 2 खबरें</b>');
    expect(part).toContain('<b>1. सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ। (0)</b>\n• सेंसेक्स');
    expect(part).toContain('स्रोत: 000_story (2025-07-12)');
    expect(part).toContain('यह भी देखें: 001_story');
    expect(part).toContain('…और 3 खबरें।');
    expect(part).not.toMatch(/Sensex|Second point|Sources|See also|more stories/);
  });

  it('en: English title and bullets only', () => {
    const [part = ''] = expectValidParts(digest, 'en');
    expect(part).toContain('<b>khabar · 24 November 2026 · 2 stories</b>');
    expect(part).toContain('<b>1. Sensex closed 450 points up at 81,200 (0)</b>\n• Sensex');
    expect(part).toContain('…and 3 more stories.');
    expect(part).not.toMatch(/[\u0900-\u097F]/);
  });

  it.each(LANGUAGES)('empty digest (%s): one friendly part in both languages', (language) => {
    const parts = expectValidParts(makeDigest([]), language);
    expect(parts).toEqual(['<b>khabar · 24 November 2026 / खबर · 24 नवंबर 2026</b>\n\nNothing new right now. / अभी कोई नई खबर नहीं है।']);
  });

  it('one more story is singular', () => {
    expect(renderTelegramDigest(makeDigest([makeStory(0)], 1), 'en')[0]).toMatch(/…and 1 more story\.$/);
  });

  it('falls back to the other language when one is missing', () => {
    const story = makeStory(0, { title: { hi: 'केवल हिंदी शीर्षक', en: '' }, bullets: { hi: ['केवल हिंदी'], en: [''] } });
    const [en = ''] = renderTelegramDigest(makeDigest([story]), 'en');
    expect(en).toContain('<b>1. केवल हिंदी शीर्षक</b>\n• केवल हिंदी');
    const [both = ''] = renderTelegramDigest(makeDigest([story]), 'both');
    expect(both).toContain('<b>1. केवल हिंदी शीर्षक</b>\n• केवल हिंदी');
  });

  it('is the telegram DigestRenderer', () => {
    expect(telegramRenderer.platform).toBe('telegram');
    expect(telegramRenderer.render(digest, 'both')).toEqual(renderTelegramDigest(digest, 'both'));
  });
});

describe('renderTelegramDigest: escaping', () => {
  const nasty = 'A <b>&</b> "quoted" <script>alert(1)</script> & Co';
  it.each([
    ['title', makeStory(0, { title: { hi: `शीर्षक ${nasty}`, en: nasty } })],
    ['bullet', makeStory(0, { bullets: { hi: [`बिंदु ${nasty}`], en: [nasty] } })],
    ['key facts', makeStory(0, { keyFacts: { dates: [nasty], numbers: [], people: [nasty], places: [], organisations: [nasty] } })],
    ['sources', makeStory(0, { sources: [{ article: nasty, published: '2025-07-12', title: { hi: nasty, en: nasty } }] })],
    ['see also', makeStory(0, { related: [nasty] })],
  ])('escapes %s', (_field, story) => {
    for (const language of LANGUAGES) {
      const [part = ''] = expectValidParts(makeDigest([story]), language);
      expect(part).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
      expect(parseTelegramHtml(part)).toMatchObject({ ok: true });
      expect(visibleText(part)).toContain(nasty);
    }
  });
});
