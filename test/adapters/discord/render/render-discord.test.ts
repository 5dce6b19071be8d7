import { describe, expect, it } from 'vitest';
import { discordRenderer, renderDiscordDigest } from '../../../../src/adapters/discord/render/render-discord.js';
import type { Digest, Story } from '../../../../src/core/digest/digest-model.js';
import { longHindi, makeDigest, makeStory } from '../../telegram/render/digest-fixtures.js';
import { expectGraphemeSafe, expectNoLostWords, expectWithinLimits, LIMITS } from './discord-checks.js';

/** Every word a story carries (titles, bullets, key facts, sources, related ids). */
function storyWords(story: Story, language: 'both' | 'hi' | 'en'): string[] {
  const hi = language !== 'en' ? [story.title.hi, ...story.bullets.hi] : [];
  const en = language !== 'hi' ? [story.title.en, ...story.bullets.en] : [];
  const facts = Object.values(story.keyFacts).flat();
  return [...hi, ...en, ...facts, ...story.sources.map((s) => s.article), ...story.related, story.id];
}

const digestWords = (digest: Digest, language: 'both' | 'hi' | 'en'): string[] => digest.stories.flatMap((s) => storyWords(s, language));

describe('renderDiscordDigest', () => {
  it('one embed per story: numbered title, bilingual bullets, fact fields, footer', () => {
    const digest = makeDigest([makeStory(0), makeStory(1), makeStory(2)]);
    const messages = renderDiscordDigest(digest, 'both');
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.content).toBe('**khabar** · 24 November 2026 · 3 stories / **खबर** · 24 नवंबर 2026 · 3 खबरें');
    expect(message?.embeds).toHaveLength(3);
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('1. Sensex closed 450 points up at 81,200 (0)');
    expect(embed?.description).toBe(
      '**सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ। (0)**\n• Sensex closed 450 points up at 81,200\n\u2003सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ।\n• Second point 0: leaders made statements\n\u2003दूसरी बात 0: नेताओं ने बयान दिया।',
    );
    expect(embed?.fields?.map((f) => [f.name, f.value])).toEqual([
      ['Dates · तारीख़ें', '12 July 2025'],
      ['Numbers · संख्याएँ', '450 points'],
      ['People · लोग', 'Narendra Modi'],
      ['Places · स्थान', 'New Delhi'],
      ['Organisations · संगठन', 'ISRO'],
      ['Sources · स्रोत', '000\\_story (2025-07-12)'],
      ['See also · यह भी देखें', '001\\_story'],
    ]);
    expect(embed?.footer?.text).toBe('000_story · 2025-07-12');
    expectWithinLimits(messages);
  });

  it.each([
    ['hi', 'सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ। (0)', ['तारीख़ें', 'संख्याएँ', 'लोग', 'स्थान', 'संगठन', 'स्रोत', 'यह भी देखें']],
    ['en', 'Sensex closed 450 points up at 81,200 (0)', ['Dates', 'Numbers', 'People', 'Places', 'Organisations', 'Sources', 'See also']],
  ] as const)('language %s: title, bullets and field names in that language only', (language, title, names) => {
    const [message] = renderDiscordDigest(makeDigest([makeStory(0)]), language);
    const embed = message?.embeds[0];
    expect(embed?.title).toBe(`1. ${title}`);
    expect(embed?.fields?.map((f) => f.name)).toEqual(names);
    const other = language === 'hi' ? /Sensex|Second point/ : /सेंसेक्स|दूसरी/;
    expect(embed?.description).not.toMatch(other);
  });

  it('an empty digest says so in both languages, in one message without embeds', () => {
    expect(renderDiscordDigest(makeDigest([]), 'en')).toEqual([
      { content: '**khabar** · 24 November 2026 / **खबर** · 24 नवंबर 2026\nNothing new right now. / अभी कोई नई खबर नहीं है।', embeds: [] },
    ]);
  });

  it('announces stories left out by the limit in a last embed', () => {
    const messages = renderDiscordDigest(makeDigest([makeStory(0)], 3), 'en');
    expect(messages.at(-1)?.embeds.at(-1)?.description).toBe('…and 3 more stories.');
  });

  it('25 stories: ≤ 10 embeds and ≤ 6000 characters per message, stories kept whole, (i/n) markers', () => {
    const stories = Array.from({ length: 25 }, (_, i) =>
      makeStory(i, { bullets: { hi: [longHindi(700), longHindi(300)], en: ['Markets rallied as banks gained. '.repeat(20), 'Rain lashed Mumbai.'] } }),
    );
    const digest = makeDigest(stories, 2);
    const messages = renderDiscordDigest(digest, 'both');
    expect(messages.length).toBeGreaterThan(3);
    expectWithinLimits(messages);
    expectNoLostWords(digestWords(digest, 'both'), messages);
    messages.forEach((m, i) => expect(m.content).toMatch(new RegExp(`\\(${i + 1}/${messages.length}\\)$`)));
    const titled = messages.flatMap((m) => m.embeds.filter((e) => e.title).map((e) => e.title?.split('.')[0]));
    expect(titled).toEqual(stories.map((_, i) => String(i + 1)));
  });

  it('an oversized story continues in more embeds and messages: description, 25 fields, 6000 in all', () => {
    const people = Array.from({ length: 60 }, (_, i) => `Person Number${i} ${'Kumar '.repeat(30).trim()}`);
    const story = makeStory(3, {
      bullets: { hi: Array.from({ length: 12 }, () => longHindi(900)), en: Array.from({ length: 12 }, () => 'The Supreme Court sought a reply. '.repeat(25)) },
      keyFacts: { dates: ['19 June 2024'], numbers: ['4 wickets'], people, places: ['Sriharikota'], organisations: ['ISRO', 'NASA'] },
    });
    const digest = makeDigest([makeStory(0), story, makeStory(1)]);
    const messages = renderDiscordDigest(digest, 'both');
    expectWithinLimits(messages);
    expectNoLostWords(digestWords(digest, 'both'), messages);
    expectGraphemeSafe(messages);
    const fields = messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []));
    expect(fields.filter((f) => f.name.startsWith('People')).length).toBeGreaterThan(1);
    expect(fields.map((f) => f.name)).toContain('People · लोग (2)');
  });

  it('a title over 256 is cut at a word with …, and the rest opens the description', () => {
    const long = 'Election Commission announced the schedule for the assembly polls in five states '.repeat(6).trim();
    const story = makeStory(0, { title: { hi: 'चुनाव आयोग', en: long } });
    const messages = renderDiscordDigest(makeDigest([story]), 'en');
    const embed = messages[0]?.embeds[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed?.title).toMatch(/\S…$/);
    expect(embed?.description?.startsWith('…')).toBe(true);
    expectNoLostWords([long], messages);
  });

  it('a giant word is cut between graphemes only (conjuncts, matras, emoji sequences stay whole)', () => {
    const word = 'क्षत्रियों👩‍👩‍👧‍👦श्री'.repeat(400);
    const story = makeStory(0, { bullets: { hi: [word], en: [''] }, keyFacts: { dates: [], numbers: [], people: ['श्रीक्षत्रियों👩‍👩‍👧‍👦'.repeat(150)], places: [], organisations: [] } });
    const messages = renderDiscordDigest(makeDigest([story]), 'hi');
    expectWithinLimits(messages);
    expectGraphemeSafe(messages);
    const descriptions = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('');
    expect(descriptions === `• ${word}`).toBe(true);
    const people = messages.flatMap((m) => m.embeds.flatMap((e) => (e.fields ?? []).filter((f) => f.name.startsWith('लोग')).map((f) => f.value))).join('');
    expect(people === 'श्रीक्षत्रियों👩‍👩‍👧‍👦'.repeat(150)).toBe(true);
  });

  it('markdown in article text is escaped; mentions are kept as text (made inert by allowed_mentions)', () => {
    const story = makeStory(0, {
      title: { hi: 'शीर्षक', en: '# **Breaking** _news_ @everyone' },
      bullets: { hi: ['> उद्धरण ||स्पॉइलर||'], en: ['[click](https://evil.example) `code` ~~old~~ <@123> @here'] },
    });
    const [message] = renderDiscordDigest(makeDigest([story]), 'both');
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('1. \\# \\*\\*Breaking\\*\\* \\_news\\_ @everyone');
    expect(embed?.description).toContain('\\[click\\](https://evil.example) \\`code\\` \\~\\~old\\~\\~ <@123> @here');
    expect(embed?.description).toContain('\\> उद्धरण \\|\\|स्पॉइलर\\|\\|');
    expect(message?.content).not.toMatch(/@everyone|@here|<@/);
  });

  it('discordRenderer: platform discord, each part a message as JSON', () => {
    const digest = makeDigest([makeStory(0), makeStory(1)]);
    expect(discordRenderer.platform).toBe('discord');
    expect(discordRenderer.render(digest, 'en').map((p) => JSON.parse(p) as unknown)).toEqual(renderDiscordDigest(digest, 'en'));
  });
});
