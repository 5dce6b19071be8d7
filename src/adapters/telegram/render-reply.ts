import type { Reply, ReplyLine, ReplyTone } from '../../app/commands/command-types.js';
import { packBlocks } from '../../core/digest/split/pack-blocks.js';
import { htmlLines, plain, type Wrap } from './render/html-lines.js';
import { renderTelegramDigest, TELEGRAM_LIMIT } from './render/render-telegram.js';
import { renderEvents } from './render-events.js';

const TONE_MARK: Record<ReplyTone, string> = { ok: '', error: '⚠️ ', refused: '🚫 ' };

/** Each reply line as a block: the English line, then its Hindi line (both escaped). */
function textParts(tone: ReplyTone, lines: readonly ReplyLine[], limit: number): string[] {
  const blocks = lines.flatMap((line, i) => {
    const mark = i === 0 ? TONE_MARK[tone] : '';
    const pair: [string, Wrap][] = [[`${mark}${line.en}`, plain]];
    if (line.hi !== undefined) pair.push([line.hi, plain]);
    return htmlLines(pair, limit);
  });
  return packBlocks(blocks, limit, '\n');
}

/**
 * A neutral reply as Telegram HTML parse-mode messages, each ≤ `limit` (4096) UTF-16 units:
 * text lines escaped, digests through renderTelegramDigest, event lists packed by mention.
 */
export function renderReply(reply: Reply, limit: number = TELEGRAM_LIMIT): string[] {
  switch (reply.kind) {
    case 'text':
      return textParts(reply.tone, reply.lines, limit);
    case 'digest':
      return renderTelegramDigest(reply.digest, reply.language);
    case 'events':
      return renderEvents(reply, limit);
  }
}
