import type { Digest } from '../../core/digest/digest-model.js';
import type { Language, Platform } from './store-port.js';

/** Why a platform refused a message; the delivery policy acts on the kind, never on error text. */
export type DeliveryFailureKind =
  /** 429: wait `retryAfterSeconds`, or park the subscription's rows when that is longer than the cap. */
  | 'rate-limited'
  /** 403: bot blocked, kicked, or lacks access: deactivate the subscription. */
  | 'forbidden'
  /** The chat or channel no longer exists (400 chat not found, Discord 404): deactivate. */
  | 'chat-not-found'
  /** Telegram group upgraded to a supergroup: move the subscription to `migrateToChatId` and retry. */
  | 'migrated'
  /** The message itself was rejected (400 bad request): mark the row failed, go on with the next. */
  | 'rejected'
  /** Network error, 5xx, timeout: retry later with back-off. */
  | 'transient';

/** A typed delivery failure thrown by a platform sender. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly kind: DeliveryFailureKind,
    message: string,
    readonly details: { retryAfterSeconds?: number; migrateToChatId?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Sends one already-rendered message part to a chat; throws DeliveryError on failure. */
export interface Sender {
  readonly platform: Platform;
  /** Returns the platform's message id. */
  send(chatId: string, payload: string): Promise<{ messageId: string }>;
}

/** Renders a digest into the message parts (payload strings) one platform sends, in order. */
export interface DigestRenderer {
  readonly platform: Platform;
  render(digest: Digest, language: Language): string[];
}
