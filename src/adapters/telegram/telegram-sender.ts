import { Api } from 'grammy';
import type { AppConfig } from '../../app/config/config-schema.js';
import type { Sender } from '../../app/ports/sender-port.js';
import { toDeliveryError } from './to-delivery-error.js';

/**
 * A Bot API client for delivery only: no auto-retry installed, so a 429 reaches the delivery policy
 * (wait up to the cap, or park the subscription) instead of being waited out inside the call.
 */
export function createSenderApi(config: AppConfig): Api {
  const token = config.telegram.token;
  if (token === null) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  return new Api(token, { apiRoot: config.telegram.apiRoot });
}

/** The Sender port over the Bot API: HTML parse mode, link previews off, typed DeliveryErrors. */
export function createTelegramSender(api: Api): Sender {
  return {
    platform: 'telegram',
    async send(chatId, payload) {
      try {
        const message = await api.sendMessage(chatId, payload, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        });
        return { messageId: String(message.message_id) };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
