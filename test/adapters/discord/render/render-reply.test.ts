import { describe, expect, it } from 'vitest';
import { isFailure, renderDiscordReply } from '../../../../src/adapters/discord/render/render-reply.js';
import { COLOURS } from '../../../../src/adapters/discord/render/embed-limits.js';
import { failed, ok, refused, type Reply } from '../../../../src/app/commands/command-types.js';
import type { EventMention } from '../../../../src/core/events/event-index.js';
import { longHindi } from '../../telegram/render/digest-fixtures.js';
import { expectGraphemeSafe, expectNoLostWords, expectWithinLimits } from './discord-checks.js';

function mention(i: number, hi: string, en: string): EventMention {
  return {
    article: `00${i}_court`, published: '2024-06-19',
    date: { value: '2024-06-19', end: i % 2 ? '2024-06-21' : null, granularity: 'day', text: '19 जून' },
    source: hi, text: { hi, en },
  };
}

describe('renderDiscordReply', () => {
  it.each([
    [ok({ en: 'Subscribed!', hi: 'सब्सक्राइब हो गया!' }), COLOURS.ok, 'Subscribed!\nसब्सक्राइब हो गया!'],
    [failed({ en: 'Invalid time "25:99"' }), COLOURS.error, '⚠️ Invalid time "25:99"'],
    [refused({ en: 'Sorry, no.', hi: 'माफ़ कीजिए।' }), COLOURS.refused, '🚫 Sorry, no.\nमाफ़ कीजिए।'],
  ])('a text reply is one embed coloured by tone (%#)', (reply, colour, description) => {
    expect(renderDiscordReply(reply)).toEqual([{ embeds: [{ color: colour, description }] }]);
  });

  it('failures and refusals are the replies shown only to the asker', () => {
    expect([ok({ en: 'a' }), failed({ en: 'b' }), refused({ en: 'c' })].map(isFailure)).toEqual([false, true, true]);
  });

  it('a long text reply is split into embeds and messages within the limits, no word lost', () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({ en: `error: content/${i}_*markets*.txt:${i}: ${'bad date '.repeat(40)}`, hi: longHindi(300) }));
    const messages = renderDiscordReply(ok(...lines));
    expect(messages.length).toBeGreaterThan(1);
    expectWithinLimits(messages);
    expectNoLostWords(lines.flatMap((l) => [l.en, l.hi]), messages);
  });

  it('an /event answer packs mentions into titled embeds within the limits, escaped, the capped rest counted', () => {
    const mentions = Array.from({ length: 25 }, (_, i) => mention(i, `${longHindi(400)} *${i}*`, `The High Court **heard** case ${i}. `.repeat(12)));
    const reply: Reply = { kind: 'events', query: '2024-06', mentions, total: 31, language: 'both' };
    const messages = renderDiscordReply(reply);
    expectWithinLimits(messages);
    expectGraphemeSafe(messages);
    expect(messages[0]?.embeds[0]?.title).toBe('Events for 2024-06 · 2024-06 की घटनाएँ (31 mentions)');
    const all = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
    expect(all).toContain('**2024-06-19 – 2024-06-21 · 001\\_court (2024-06-19)**');
    expect(all).toContain('\\*0\\*');
    expect(all).toContain('… and 6 more: ask for a narrower date.');
  });

  it('an /event answer in one language leaves the other out', () => {
    const reply: Reply = { kind: 'events', query: '2024', mentions: [mention(0, 'अदालत ने सुनवाई की।', 'The court heard the case.')], total: 1, language: 'hi' };
    const [message] = renderDiscordReply(reply);
    expect(message?.embeds[0]?.description).toBe('**2024-06-19 · 000\\_court (2024-06-19)**\nअदालत ने सुनवाई की।');
  });
});
