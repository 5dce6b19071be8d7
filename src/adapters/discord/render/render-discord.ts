import type { Language } from '../../../app/ports/store-port.js';
import type { DigestRenderer } from '../../../app/ports/sender-port.js';
import type { Digest } from '../../../core/digest/digest-model.js';
import { headerText, moreText, NOTHING_NEW } from './discord-labels.js';
import { COLOURS, type DiscordMessage } from './embed-limits.js';
import { escapeText } from './markdown-text.js';
import { packEmbeds } from './pack-messages.js';
import { storyEmbeds } from './story-embeds.js';

/**
 * The digest as Discord messages, in reading order: the header (edition, story count) as the first
 * message's content, one embed per story (more when a story exceeds an embed's limits), at most 10
 * embeds and 6000 characters per message. A digest taking several messages marks each `(i/n)`.
 */
export function renderDiscordDigest(digest: Digest, language: Language): DiscordMessage[] {
  if (digest.stories.length === 0) {
    return [{ content: `${headerText(digest.edition, 0, 'both')}\n${NOTHING_NEW}`, embeds: [] }];
  }
  const groups = digest.stories.map((story, i) => storyEmbeds(story, i + 1, language));
  if (digest.more > 0) groups.push([{ color: COLOURS.info, description: escapeText(moreText(digest.more, language)) }]);
  const header = headerText(digest.edition, digest.stories.length, language);
  const messages = packEmbeds(groups);
  return messages.map((embeds, i) => {
    const marker = messages.length > 1 ? ` (${i + 1}/${messages.length})` : '';
    return { content: i === 0 ? `${header}${marker}` : marker.trim(), embeds };
  });
}

/** The Discord DigestRenderer for the scheduler and the outbox: each part is a message as JSON. */
export const discordRenderer: DigestRenderer = {
  platform: 'discord',
  render: (digest, language) => renderDiscordDigest(digest, language).map((message) => JSON.stringify(message)),
};
