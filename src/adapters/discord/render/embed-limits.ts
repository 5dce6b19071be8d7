import type { APIEmbed } from 'discord.js';

/** Discord's message and embed limits (characters; we count UTF-16 units, never fewer than Discord). */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author name of every embed of a message. */
  totalPerMessage: 6000,
  embedsPerMessage: 10,
  content: 2000,
} as const;

/** The text of one embed that counts towards the 6000 characters per message. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/** One message as the renderer hands it to the sender (serialised as JSON in the outbox). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** Embed colours: stories, and text replies by tone. */
export const COLOURS = { story: 0xe8590c, ok: 0x2f9e44, error: 0xe03131, refused: 0xf08c00, info: 0x1971c2 } as const;
