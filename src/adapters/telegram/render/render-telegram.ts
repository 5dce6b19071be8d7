import type { Language } from '../../../app/ports/store-port.js';
import type { DigestRenderer } from '../../../app/ports/sender-port.js';
import type { Digest } from '../../../core/digest/digest-model.js';
import { packGroups } from '../../../core/digest/split/pack-groups.js';
import { bold, htmlLine, plain } from './html-lines.js';
import { storyBlocks } from './story-html.js';
import { headerText, moreText, NOTHING_NEW } from './telegram-labels.js';

/** Telegram's message text limit (checked by Telegram after entity parsing; we count the HTML). */
export const TELEGRAM_LIMIT = 4096;
/** Room kept in every part for the `(i/n)` marker: `\n\n(99999/99999)` is 15 units. */
const MARKER_ROOM = 16;

/**
 * The digest as Telegram HTML parse-mode messages, in reading order, each `<= 4096` UTF-16 units.
 * Stories are kept whole in one message when they fit (packGroups); an oversized story is split between
 * its paragraphs, an oversized paragraph as plain text at sentence ends / spaces / graphemes and each
 * piece re-wrapped in its own tags. Every interpolated value goes through escapeHtml.
 */
export function renderTelegramDigest(digest: Digest, language: Language): string[] {
  return renderTelegramParts(digest, language, TELEGRAM_LIMIT);
}

/** renderTelegramDigest with any limit (tests use small ones; `Infinity` gives a single part). */
export function renderTelegramParts(digest: Digest, language: Language, limit: number): string[] {
  const multi = Number.isFinite(limit);
  const room = multi ? Math.max(1, limit - MARKER_ROOM) : limit;
  if (digest.stories.length === 0) {
    const header = htmlLine(headerText(digest.edition, 0, 'both'), bold, room);
    return withMarkers(packGroups([header, htmlLine(NOTHING_NEW, plain, room)], room, SEPARATORS));
  }
  const header = htmlLine(headerText(digest.edition, digest.stories.length, language), bold, room);
  const groups = [header, ...digest.stories.map((story, i) => storyBlocks(story, i + 1, language, room))];
  if (digest.more > 0) groups.push(htmlLine(moreText(digest.more, language), plain, room));
  return withMarkers(packGroups(groups, room, SEPARATORS));
}

const SEPARATORS = { block: '\n', group: '\n\n' } as const;

/**
 * A `(1/3)` line ends every part when a digest takes more than one message: in a busy group, or when
 * delivery of the later parts is delayed (rate limits, a restart), it tells readers more is coming.
 */
function withMarkers(parts: string[]): string[] {
  if (parts.length <= 1) return parts;
  return parts.map((part, i) => `${part}\n\n(${i + 1}/${parts.length})`);
}

/** The Telegram DigestRenderer for the scheduler and the outbox. */
export const telegramRenderer: DigestRenderer = { platform: 'telegram', render: renderTelegramDigest };
