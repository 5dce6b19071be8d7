import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/adapters/telegram/render-reply.js';
import type { Reply } from '../../../src/app/commands/command-types.js';
import type { EventMention } from '../../../src/core/events/event-index.js';
import { parseTelegramHtml } from '../../fakes/telegram/index.js';

const mention = (article: string, hi: string, en: string, end: string | null = null): EventMention => ({
  article, published: '2024-06-18',
  date: { value: '2024-06-18', end, granularity: 'day', text: '18 जून' },
  source: hi, text: { hi, en },
});

describe('renderReply (Telegram HTML)', () => {
  it('renders text lines English then Hindi, escaped, with a mark for errors and refusals', () => {
    const reply: Reply = { kind: 'text', tone: 'error', lines: [{ en: 'Bad <input> & more', hi: 'गलत <इनपुट>' }, { en: 'Second' }] };
    expect(renderReply(reply)).toEqual(['⚠️ Bad &lt;input&gt; &amp; more\nगलत &lt;इनपुट&gt;\nSecond']);
    expect(renderReply({ kind: 'text', tone: 'refused', lines: [{ en: 'No' }] })).toEqual(['🚫 No']);
    expect(renderReply({ kind: 'text', tone: 'ok', lines: [{ en: 'Yes' }] })).toEqual(['Yes']);
  });

  it('splits a long text reply into parts within the limit, between lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({ en: `Line ${i}: ${'word '.repeat(8)}`, hi: `पंक्ति ${i}: ${'शब्द '.repeat(8)}` }));
    const parts = renderReply({ kind: 'text', tone: 'ok', lines }, 300);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(300);
    expect(parts.join('\n').replace(/\s+/g, ' ')).toContain('Line 39: word');
  });

  it('renders events in the reply language with the date, article and a "more" line', () => {
    const reply: Reply = {
      kind: 'events', query: '2024-06', total: 3, language: 'both',
      mentions: [mention('a1', 'पुतिन 18 जून को पहुंचे।', 'Putin arrived on 18 June.'), mention('a2', 'बैठक 18-19 जून को।', 'Meeting on 18–19 June.', '2024-06-19')],
    };
    const [part, ...rest] = renderReply(reply);
    expect(rest).toEqual([]);
    const parsed = parseTelegramHtml(part ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    const { text } = parsed;
    expect(text).toContain('Events for 2024-06 · 2024-06 की घटनाएँ (3 mentions)');
    expect(text).toContain('2024-06-18 · a1 (2024-06-18)\nपुतिन 18 जून को पहुंचे।\nPutin arrived on 18 June.');
    expect(text).toContain('2024-06-18 – 2024-06-19 · a2');
    expect(text).toContain('… and 1 more: ask for a narrower date.');
    const hindiOnly = renderReply({ ...reply, language: 'hi' }).join('\n');
    expect(hindiOnly).toContain('पुतिन');
    expect(hindiOnly).not.toContain('Putin arrived');
    expect(renderReply({ ...reply, language: 'en' }).join('\n')).not.toContain('पुतिन 18');
  });

  it('splits a long event list at mention boundaries, each part valid HTML within the limit', () => {
    const mentions = Array.from({ length: 12 }, (_, i) => mention(`m${i}`, `${'सेंसेक्स चढ़ा। '.repeat(10)}${i}`, `${'Sensex rose. '.repeat(10)}${i}`));
    const parts = renderReply({ kind: 'events', query: '2024-06-18', total: 12, language: 'both', mentions }, 800);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(800);
      expect(parseTelegramHtml(part)).toMatchObject({ ok: true });
    }
  });
});
