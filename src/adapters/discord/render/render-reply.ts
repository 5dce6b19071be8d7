import type { APIEmbed } from 'discord.js';
import type { Reply, ReplyLine, ReplyTone } from '../../../app/commands/command-types.js';
import { packBlocks } from '../../../core/digest/split/pack-blocks.js';
import { COLOURS, DISCORD_LIMITS as L, type DiscordMessage } from './embed-limits.js';
import { mdLines, plain, prefixed, type Wrap } from './markdown-text.js';
import { packEmbeds } from './pack-messages.js';
import { renderDiscordDigest } from './render-discord.js';
import { renderDiscordEvents } from './render-events.js';

const TONE_MARK: Record<ReplyTone, string> = { ok: '', error: '⚠️ ', refused: '🚫 ' };

/** Text lines (English, then Hindi) as embeds coloured by tone, each description ≤ 4096. */
function textMessages(tone: ReplyTone, lines: readonly ReplyLine[]): DiscordMessage[] {
  const blocks = lines.flatMap((line, i) => {
    const first: Wrap = i === 0 && TONE_MARK[tone] ? prefixed(TONE_MARK[tone]) : plain;
    const pair: [string, Wrap][] = [[line.en, first]];
    if (line.hi !== undefined) pair.push([line.hi, plain]);
    return mdLines(pair, L.description);
  });
  const embeds: APIEmbed[] = packBlocks(blocks, L.description, '\n').map((description) => ({ color: COLOURS[tone], description }));
  return packEmbeds([embeds]).map((group) => ({ embeds: group }));
}

/**
 * A neutral reply as Discord messages within every limit: text replies as embeds coloured by tone,
 * digests through renderDiscordDigest, event lists packed by mention.
 */
export function renderDiscordReply(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case 'text':
      return textMessages(reply.tone, reply.lines);
    case 'digest':
      return renderDiscordDigest(reply.digest, reply.language);
    case 'events':
      return renderDiscordEvents(reply);
  }
}

/** Whether only the asker should see the reply: errors and refusals always are. */
export function isFailure(reply: Reply): boolean {
  return reply.kind === 'text' && reply.tone !== 'ok';
}
