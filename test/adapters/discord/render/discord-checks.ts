import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import type { DiscordMessage } from '../../../../src/adapters/discord/render/embed-limits.js';

/** Discord's documented limits, written out again on purpose (not imported from the code under test). */
export const LIMITS = { title: 256, description: 4096, fields: 25, name: 256, value: 1024, footer: 2048, total: 6000, embeds: 10, content: 2000 };

function size(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length + fields;
}

/** Every message and embed is within every Discord limit, and nothing is empty. */
export function expectWithinLimits(messages: readonly DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    expect(message.embeds.reduce((n, e) => n + size(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    expect(message.embeds.length > 0 || (message.content ?? '').trim().length > 0).toBe(true);
    for (const embed of message.embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
      expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
      expect(size(embed)).toBeGreaterThan(0);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.name);
        expect(field.value.trim().length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.value);
      }
    }
  }
}

/** The pieces of text a reader sees, in order: content, then per embed title, description, field values, footer. */
export function texts(messages: readonly DiscordMessage[]): string[] {
  return messages.flatMap((m) => [
    m.content ?? '',
    ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value), e.footer?.text ?? '']),
  ]);
}

/** Markdown escapes and our own markup removed: what a Discord client shows, as words. */
export function shownWords(messages: readonly DiscordMessage[]): string[] {
  const shown = texts(messages)
    .join('\n')
    .replace(/\\([\\*_~|`>#\-[\]().!<])/g, '$1')
    .replace(/\*\*/g, ' ')
    .replace(/[•…\u2003]/g, ' ');
  return words(shown);
}

/** Whitespace-separated words, a trailing comma dropped (lists are joined with `, `). */
function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/,$/, '')).filter(Boolean);
}

/** Each input word appears at least as often in the output (multiset containment). */
export function expectNoLostWords(input: readonly string[], messages: readonly DiscordMessage[]): void {
  const have = new Map<string, number>();
  for (const w of shownWords(messages)) have.set(w, (have.get(w) ?? 0) + 1);
  const need = new Map<string, number>();
  for (const w of words(input.join(' '))) need.set(w, (need.get(w) ?? 0) + 1);
  const lost = [...need].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w]) => w);
  expect(lost).toEqual([]);
}

/** No text piece starts with a combining mark or ends with a virama / ZWJ (a cut inside a grapheme). */
export function expectGraphemeSafe(messages: readonly DiscordMessage[]): void {
  for (const text of texts(messages).filter(Boolean)) {
    expect(text).not.toMatch(/^\p{M}/u);
    expect(text).not.toMatch(/[\u094D\u200D]$/u);
  }
}
