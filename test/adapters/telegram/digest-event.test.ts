import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEventQuery } from '../../../src/core/events/parse-event-query.js';
import { channelPost, groupMessage, privateMessage } from '../../fakes/telegram/index.js';
import { makeArticle } from '../../helpers/make-article.js';
import { fakeContent } from '../../app/commands/services-fixture.js';
import { shown, startHarness, useSeedHarness, type Harness } from './bot-harness.js';

const world = useSeedHarness();

describe('Telegram /digest', () => {
  it.each([
    ['private', privateMessage(701, '/digest')],
    ['group member', groupMessage(-2101, 77, '/digest@khabar_test_bot')],
    ['channel', channelPost(-1003101, '/digest')],
  ])('%s: the current digest as HTML parts ≤ 4096, previews off', async (_, update) => {
    const parts = await world.h.ask(update);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(part).toMatchObject({ parse_mode: 'HTML', previewDisabled: true });
    }
    const text = shown(parts);
    for (const article of world.content.current().articles.slice(0, 5)) expect(text).toContain(article.published.slice(0, 4));
    expect(text).toMatch(/Putin/);
    expect(text).toMatch(/पुतिन/);
  });

  it('follows the subscription language', async () => {
    await world.h.ask(privateMessage(702, '/subscribe'));
    await world.h.ask(privateMessage(702, '/lang en'));
    const text = shown(await world.h.ask(privateMessage(702, '/digest')));
    expect(text).toMatch(/Putin/);
    expect(text).not.toMatch(/पुतिन/);
  });
});

describe('Telegram /event', () => {
  it('a good date lists the mentions with Hindi and English sentences', async () => {
    const expected = world.content.current().events.lookup((parseEventQuery('2024-06-19') as { ok: true; query: never }).query);
    expect(expected.length).toBeGreaterThan(0);
    const parts = await world.h.ask(privateMessage(703, '/event 2024-06-19'));
    const text = shown(parts);
    expect(text).toContain(`Events for 2024-06-19 · 2024-06-19 की घटनाएँ (${expected.length === 1 ? '1 mention' : `${expected.length} mentions`})`);
    for (const m of expected) expect(text).toContain(m.text.hi);
    expect(parts.every((p) => p.text.length <= 4096)).toBe(true);
  });

  it.each(['2024-13-01', '2024-02-30', '19/06/2024', ''])('bad date %j gets the same message as the CLI', async (query) => {
    const parsed = parseEventQuery(query);
    if (parsed.ok) throw new Error('expected a bad query');
    const [reply] = await world.h.ask(privateMessage(704, `/event ${query}`.trim()));
    expect(reply?.plainText.split('\n')[0]).toBe(`⚠️ ${parsed.error}`);
  });

  it('no match says so', async () => {
    expect(shown(await world.h.ask(privateMessage(705, '/event 1999-01-01')))).toMatch(/^No events found for 1999-01-01\./);
  });
});

describe('long answers', () => {
  let big: Harness;
  const long = (n: number) => Array.from({ length: n }, (_, i) => `सेंसेक्स ${i} अंक चढ़ा और निफ्टी भी बढ़ा।`).join(' ');
  beforeAll(async () => {
    const articles = Array.from({ length: 30 }, (_, i) =>
      makeArticle({
        id: `market-${String(i).padStart(2, '0')}`, published: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}`,
        sentences: [`${long(12)} 19 जून को बाज़ार खुला।`], dates: [[0, '19 जून', '2024-06-19', 'day']],
        summary: { hi: [long(25), long(25)], en: ['Sensex rose '.repeat(60), 'Nifty rose '.repeat(60)] },
      }),
    );
    big = await startHarness(fakeContent(articles));
  });
  afterAll(async () => big.close());

  it('/digest splits a long digest into several valid parts ≤ 4096', async () => {
    const parts = await big.ask(privateMessage(706, '/digest'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(4096);
  });

  it('/event splits a long list into parts ≤ 4096 and counts what was left out', async () => {
    const parts = await big.ask(privateMessage(707, '/event 2024-06-19'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(4096);
    expect(shown(parts)).toContain('… and 5 more: ask for a narrower date.');
  });
});
