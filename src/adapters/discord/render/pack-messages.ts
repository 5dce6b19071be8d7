import type { APIEmbed } from 'discord.js';
import { packGroups } from '../../../core/digest/split/pack-groups.js';
import { DISCORD_LIMITS as L, embedSize } from './embed-limits.js';

const SEPARATOR = '\n';

/**
 * Packs groups of embeds (a group is one story) into messages of at most 10 embeds and 6000
 * characters, with the shared packGroups rules: a story stays in one message whenever it fits, an
 * oversized story fills messages compactly. The embeds are handed to packGroups as index tokens with a
 * measure that counts their size (and refuses an 11th embed), so Telegram and Discord pack alike.
 * Each embed must itself be within the limits (storyEmbeds guarantees it).
 */
export function packEmbeds(groups: readonly (readonly APIEmbed[])[]): APIEmbed[][] {
  const embeds = groups.flat();
  const sizes = embeds.map(embedSize);
  let next = 0;
  const tokens = groups.map((group) => group.map(() => String(next++)));
  const measure = (piece: string): number => {
    const ids = piece.split(SEPARATOR);
    if (ids.length > L.embedsPerMessage) return Number.POSITIVE_INFINITY;
    return ids.reduce((sum, id) => sum + (sizes[Number(id)] ?? 0), 0);
  };
  return packGroups(tokens, L.totalPerMessage, { block: SEPARATOR, group: SEPARATOR }, measure).map((part) =>
    part.split(SEPARATOR).map((id) => embeds[Number(id)] as APIEmbed),
  );
}
