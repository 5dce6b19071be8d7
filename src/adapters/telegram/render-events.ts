import type { Reply } from '../../app/commands/command-types.js';
import type { EventMention } from '../../core/events/event-index.js';
import { packGroups } from '../../core/digest/split/pack-groups.js';
import { bold, htmlLine, italic, plain } from './render/html-lines.js';

type EventsReply = Extract<Reply, { kind: 'events' }>;

function when(mention: EventMention): string {
  return mention.date.end ? `${mention.date.value} – ${mention.date.end}` : mention.date.value;
}

/** One mention: the date in bold with its article, then the sentence in the reply's language(s). */
function mentionBlocks(mention: EventMention, language: EventsReply['language'], limit: number): string[] {
  const blocks = htmlLine(`${when(mention)} · ${mention.article} (${mention.published})`, bold, limit);
  if (language !== 'en') blocks.push(...htmlLine(mention.text.hi, plain, limit));
  if (language !== 'hi' && mention.text.en.trim() !== '') blocks.push(...htmlLine(mention.text.en, italic, limit));
  return blocks;
}

/** `/event` answer: a header, one group per mention, a "more" line when capped; parts ≤ limit. */
export function renderEvents(reply: EventsReply, limit: number): string[] {
  const count = reply.total === 1 ? '1 mention' : `${reply.total} mentions`;
  const header = htmlLine(`Events for ${reply.query} · ${reply.query} की घटनाएँ (${count})`, bold, limit);
  const groups = [header, ...reply.mentions.map((m) => mentionBlocks(m, reply.language, limit))];
  const left = reply.total - reply.mentions.length;
  if (left > 0) {
    groups.push(htmlLine(`… and ${left} more: ask for a narrower date. · ${left} और: छोटी अवधि पूछें।`, plain, limit));
  }
  return packGroups(groups, limit, { block: '\n', group: '\n\n' });
}
