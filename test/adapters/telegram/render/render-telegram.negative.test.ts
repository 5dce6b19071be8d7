import { describe, expect, it } from 'vitest';
import { renderTelegramDigest, renderTelegramParts } from '../../../../src/adapters/telegram/render/render-telegram.js';
import type { Language } from '../../../../src/app/ports/store-port.js';
import type { Digest } from '../../../../src/core/digest/digest-model.js';
import { longHindi, makeDigest, makeStory } from './digest-fixtures.js';
import { MARKER } from './html-check.js';

const LANGUAGES: readonly Language[] = ['both', 'hi', 'en'];
const noFacts = { dates: [], numbers: [], people: [], places: [], organisations: [] };
const hostile = makeStory(0, {
  title: { hi: '<script>alert("x")</script> & <b>', en: '<a href="javascript:x">click</a> &amp;' },
  bullets: { hi: ['</b></i><pre>', '&lt; already escaped'], en: ['<tg-spoiler>s</tg-spoiler>', '"quoted" & \'single\''] },
  keyFacts: { ...noFacts, people: ['<i>Modi</i>'], organisations: ['AT&T'] },
  sources: [{ article: '<u>id</u>', published: '2025-07-12', title: { hi: 'x', en: 'x' } }],
  related: ['<code>r</code>'],
});

/** Things the Telegram renderer must NOT produce. */
describe('renderTelegramDigest: must not', () => {
  const cases: [string, Digest][] = [
    ['a hostile story', makeDigest([hostile], 1)],
    ['40 stories', makeDigest(Array.from({ length: 40 }, (_, i) => makeStory(i)))],
    ['a 10 000-character bullet', makeDigest([makeStory(0, { bullets: { hi: [longHindi(10_000)], en: ['x & y'] } })])],
    ['an empty digest', makeDigest([])],
  ];
  const rows = cases.flatMap(([name, digest]) => LANGUAGES.map((language) => [name, language, digest] as const));

  it.each(rows)('%s (%s): leave content markup live, use unknown tags or entities, or make empty parts', (_n, language, digest) => {
    for (const part of renderTelegramDigest(digest, language)) {
      expect(part.trim().length).toBeGreaterThan(0);
      expect(part).toBe(part.trim());
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).not.toMatch(/<(?!\/?[bi]>)/); // only <b>, </b>, <i>, </i>
      expect(part).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
      expect(part).not.toMatch(/<b><\/b>|<i><\/i>/);
      expect(part).not.toMatch(/undefined|null|NaN|\[object/);
      expect(part).not.toMatch(/\n{3,}/);
    }
  });

  it('double-escape nothing the source did not contain: "&amp;" in content becomes "&amp;amp;" exactly once', () => {
    const [part = ''] = renderTelegramDigest(makeDigest([hostile]), 'en');
    expect(part).toContain('&amp;amp;');
    expect(part).not.toContain('&amp;amp;amp;');
  });

  it.each(LANGUAGES)('show See also, key facts or sources lines that would be empty (%s)', (language) => {
    const bare = makeStory(0, { keyFacts: noFacts, related: [], sources: [] });
    const [part = ''] = renderTelegramDigest(makeDigest([bare]), language);
    expect(part).not.toMatch(/See also|यह भी देखें|Sources|स्रोत|<i>/);
  });

  it.each(LANGUAGES)('add a "more" line or a part marker when there is nothing more (%s)', (language) => {
    const parts = renderTelegramDigest(makeDigest([makeStory(0)], 0), language);
    expect(parts).toHaveLength(1);
    expect(parts[0]).not.toMatch(/more stor|और \d+ खबर/);
    expect(parts[0]).not.toMatch(MARKER);
  });

  it('mix Hindi bullets into an English digest or English into a Hindi one', () => {
    const digest = makeDigest([makeStory(0), makeStory(1)]);
    const [en = ''] = renderTelegramDigest(digest, 'en');
    const [hi = ''] = renderTelegramDigest(digest, 'hi');
    expect(en).not.toMatch(/[\u0900-\u097F]/);
    expect(hi.split('\n').filter((l) => l.startsWith('• ')).join('\n')).not.toMatch(/[A-Za-z]/);
  });

  it('split a story that fits in one part', () => {
    const digest = makeDigest([makeStory(0, { bullets: { hi: [longHindi(2500)], en: ['one'] } }), makeStory(1, { bullets: { hi: [longHindi(2500)], en: ['two'] } })]);
    const parts = renderTelegramDigest(digest, 'both');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('<b>1. ');
    expect(parts[0]).not.toContain('<b>2. ');
    expect(parts[1]).toContain('<b>2. ');
  });

  it('split inside a tag or an entity even at tiny limits', () => {
    const digest = makeDigest([makeStory(0, { title: { hi: '&&&&&&&&&&', en: '<<<<>>>>""""' } })]);
    for (let limit = 40; limit <= 120; limit++) {
      for (const part of renderTelegramParts(digest, 'both', limit)) {
        expect(part).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
        expect(part.replace(/<\/?[bi]>/g, '')).not.toMatch(/[<>]/);
      }
    }
  });
});
