import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../../app/commands/command-types.js';
import type { EventMention } from '../../../core/events/event-index.js';
import { packGroups } from '../../../core/digest/split/pack-groups.js';
import { COLOURS, DISCORD_LIMITS as L, type DiscordMessage } from './embed-limits.js';
import { bold, escapeText, italic, mdLine, plain } from './markdown-text.js';
import { packEmbeds } from './pack-messages.js';

type EventsReply = Extract<Reply, { kind: 'events' }>;

function when(mention: EventMention): string {
  return mention.date.end ? `${mention.date.value} – ${mention.date.end}` : mention.date.value;
}

/** One mention: the date with its article in bold, then the sentence in the reply's language(s). */
function mentionBlocks(mention: EventMention, language: EventsReply['language']): string[] {
  const blocks = mdLine(`${when(mention)} · ${mention.article} (${mention.published})`, bold, L.description);
  if (language !== 'en') blocks.push(...mdLine(mention.text.hi, plain, L.description));
  if (language !== 'hi' && mention.text.en.trim() !== '') blocks.push(...mdLine(mention.text.en, italic, L.description));
  return blocks;
}

/** `/event` answer: a titled embed, mentions packed into descriptions ≤ 4096, a "more" line when capped. */
export function renderDiscordEvents(reply: EventsReply): DiscordMessage[] {
  const count = reply.total === 1 ? '1 mention' : `${reply.total} mentions`;
  const groups = reply.mentions.map((m) => mentionBlocks(m, reply.language));
  const left = reply.total - reply.mentions.length;
  if (left > 0) groups.push(mdLine(`… and ${left} more: ask for a narrower date. · ${left} और: छोटी अवधि पूछें।`, plain, L.description));
  const title = escapeText(`Events for ${reply.query} · ${reply.query} की घटनाएँ (${count})`);
  const descriptions = packGroups(groups, L.description, { block: '\n', group: '\n\n' });
  const embeds: APIEmbed[] = descriptions.map((description, i) => ({
    color: COLOURS.info,
    ...(i === 0 ? { title } : {}),
    description,
  }));
  return packEmbeds([embeds.length > 0 ? embeds : [{ color: COLOURS.info, title }]]).map((group) => ({ embeds: group }));
}
