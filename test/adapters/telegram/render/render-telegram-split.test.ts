import { describe, expect, it } from 'vitest';
import { renderTelegramDigest, TELEGRAM_LIMIT } from '../../../../src/adapters/telegram/render/render-telegram.js';
import { longHindi, makeDigest, makeStory } from './digest-fixtures.js';
import { expectValidParts, LANGUAGES } from './expect-valid-parts.js';
import { MARKER } from './html-check.js';

describe('renderTelegramDigest: splitting', () => {
  it.each(LANGUAGES)('40 stories (%s) split into parts ≤ 4096, stories kept whole', (language) => {
    const digest = makeDigest(Array.from({ length: 40 }, (_, i) => makeStory(i)), 7);
    const parts = expectValidParts(digest, language);
    expect(parts.length).toBeGreaterThan(1);
    for (let i = 0; i < 40; i++) {
      const starts = parts.filter((p) => p.includes(`<b>${i + 1}. `)).length;
      expect(starts, `story ${i + 1} title`).toBe(1);
      const sources = `${String(i).padStart(3, '0')}_story (2025-07-12)`;
      expect(parts.findIndex((p) => p.includes(`<b>${i + 1}. `)), `story ${i + 1} whole`).toBe(parts.findIndex((p) => p.includes(sources)));
    }
  });

  it.each(LANGUAGES)('one story with a 10 000-character bullet (%s) splits at dandas', (language) => {
    const bullet = longHindi(10_000);
    const story = makeStory(0, { bullets: { hi: [bullet], en: [`English ${longHindi(10_000)}`] } });
    const parts = expectValidParts(makeDigest([story, makeStory(1)]), language);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const body = parts.map((p) => p.replace(MARKER, ''));
    for (const p of body.slice(0, -1)) expect(p.endsWith('।') || p.endsWith('</b>') || p.endsWith('</i>'), p.slice(-40)).toBe(true);
  });

  it('escaping growth is counted: a 10 000-character bullet of `&` and `<b>`', () => {
    const bullet = Array.from({ length: 1200 }, (_, i) => `<b>&${i}`).join(' ');
    expectValidParts(makeDigest([makeStory(0, { bullets: { hi: [bullet], en: [bullet] } })]), 'both');
  });

  it('a 10 000-character single word in a title is cut between graphemes inside <b>', () => {
    const word = 'क्षत्रिय👨‍👩‍👧‍👦'.repeat(600);
    const parts = expectValidParts(makeDigest([makeStory(0, { title: { hi: word, en: word } })]), 'hi', TELEGRAM_LIMIT, false);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const graphemes = new Set([...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment('क्षत्रिय👨‍👩‍👧‍👦')].map((s) => s.segment));
    for (const p of parts) {
      const inBold = /<b>([^<]*)<\/b>/.exec(p.replace(/<b>khabar[^<]*<\/b>|<b>खबर[^<]*<\/b>/, ''))?.[1] ?? '';
      const pieces = [...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(inBold.replace(/^1\. /, ''))];
      expect(pieces.every((g) => graphemes.has(g.segment))).toBe(true);
    }
  });

  it.each(LANGUAGES)('small limits 120..900 (%s) keep every invariant', (language) => {
    const digest = makeDigest([makeStory(0), makeStory(1, { bullets: { hi: [longHindi(700)], en: ['Long & <odd> "one"'] } }), makeStory(2)], 2);
    for (let limit = 120; limit <= 900; limit += 13) expectValidParts(digest, language, limit);
  });

  it('a digest that fits has no part marker', () => {
    const parts = renderTelegramDigest(makeDigest([makeStory(0)]), 'both');
    expect(parts).toHaveLength(1);
    expect(parts[0]).not.toMatch(MARKER);
  });
});
