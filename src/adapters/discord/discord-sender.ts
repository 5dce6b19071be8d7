import { Routes, type APIMessage, type REST } from 'discord.js';
import { DeliveryError, type Sender } from '../../app/ports/sender-port.js';
import type { DiscordMessage } from './render/embed-limits.js';
import { toDeliveryError } from './to-delivery-error.js';

/** A rendered part back from the outbox; a payload that is not a message is rejected, not retried. */
function parsePayload(payload: string): DiscordMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw new DeliveryError('rejected', 'payload is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as DiscordMessage).embeds)) {
    throw new DeliveryError('rejected', 'payload is not a Discord message');
  }
  return parsed as DiscordMessage;
}

/**
 * The Sender port over Discord REST: POST /channels/{id}/messages with the rendered message and
 * `allowed_mentions: { parse: [] }` (text from articles never pings anyone); typed DeliveryErrors.
 */
export function createDiscordSender(rest: REST): Sender {
  return {
    platform: 'discord',
    async send(chatId, payload) {
      const message = parsePayload(payload);
      try {
        const sent = (await rest.post(Routes.channelMessages(chatId), {
          body: { ...message, allowed_mentions: { parse: [] } },
        })) as APIMessage;
        return { messageId: sent.id };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
