import { GrammyError, HttpError } from 'grammy';
import { DeliveryError } from '../../app/ports/sender-port.js';

/**
 * Maps a failed Bot API call to a DeliveryError kind, by error code and parameters (the description
 * is only read to tell "chat not found" from other 400s):
 * 429 → rate-limited (retry_after), 403 → forbidden, 400 + migrate_to_chat_id → migrated,
 * 400 chat not found → chat-not-found, other 4xx → rejected, 5xx, network and anything else → transient.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof GrammyError) {
    const message = `${error.error_code}: ${error.description}`;
    const { retry_after: retryAfter, migrate_to_chat_id: migrateTo } = error.parameters;
    const options = { cause: error };
    if (error.error_code === 429) {
      return new DeliveryError('rate-limited', message, { retryAfterSeconds: retryAfter ?? 1 }, options);
    }
    if (error.error_code === 403) return new DeliveryError('forbidden', message, {}, options);
    if (migrateTo !== undefined) return new DeliveryError('migrated', message, { migrateToChatId: String(migrateTo) }, options);
    if (error.error_code === 400 && /chat not found/i.test(error.description)) {
      return new DeliveryError('chat-not-found', message, {}, options);
    }
    if (error.error_code >= 400 && error.error_code < 500 && error.error_code !== 401 && error.error_code !== 404) {
      return new DeliveryError('rejected', message, {}, options);
    }
    return new DeliveryError('transient', message, {}, options);
  }
  if (error instanceof HttpError) return new DeliveryError('transient', `network: ${error.message}`, {}, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new DeliveryError('transient', detail, {}, { cause: error });
}
