import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
} from 'discord.js';
import type { DiscordMessage } from './render/embed-limits.js';

const NO_MENTIONS = { parse: [] };

/** One rendered message as edit options (an edit keeps the deferral's visibility), mentions off. */
function editOptions(message: DiscordMessage): InteractionEditReplyOptions {
  return { ...(message.content ? { content: message.content } : {}), embeds: message.embeds, allowedMentions: NO_MENTIONS };
}

/** One rendered message as reply or follow-up options, mentions off. */
export function replyOptions(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  const options: InteractionReplyOptions = { embeds: message.embeds, allowedMentions: NO_MENTIONS };
  if (message.content) options.content = message.content;
  if (ephemeral) options.flags = MessageFlags.Ephemeral;
  return options;
}

/**
 * Answers an interaction with rendered messages, in order: the first as the reply (or the edit of a
 * deferred reply), the rest as follow-ups, all with mentions off. An ephemeral answer to a public
 * deferred reply (an error after /digest was deferred) deletes the placeholder and follows up privately.
 */
export async function sendInteractionReply(
  interaction: ChatInputCommandInteraction,
  messages: readonly DiscordMessage[],
  ephemeral: boolean,
): Promise<void> {
  const [first, ...rest] = messages;
  if (first === undefined) return;
  if (interaction.deferred && ephemeral && !interaction.ephemeral) {
    await interaction.deleteReply();
    for (const message of messages) await interaction.followUp(replyOptions(message, true));
    return;
  }
  const privately = interaction.deferred ? interaction.ephemeral === true : ephemeral;
  if (interaction.deferred) {
    await interaction.editReply(editOptions(first));
  } else {
    await interaction.reply(replyOptions(first, privately));
  }
  for (const message of rest) await interaction.followUp(replyOptions(message, privately));
}
