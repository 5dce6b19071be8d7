import type { Transformer } from 'grammy';
import type { Logger } from 'pino';
import type { ChatRef, RateLimiter } from '../../app/delivery/rate-limiter.js';

/** Bot API methods that post a message to a chat: they count against Telegram's send limits. */
const SEND_METHODS = new Set([
  'sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage', 'sendAnimation', 'sendVideo',
]);

/** 429s waited out for one call before it gives up (with the waits Telegram asks for, that is long). */
const MAX_RATE_LIMITED_TRIES = 20;

/** A chat as the limiter sees it: positive ids are private chats, negative ids and @names are not. */
export function telegramChat(chatId: string): ChatRef {
  const isPrivate = /^\d+$/.test(chatId);
  return { platform: 'telegram', chatId, kind: isPrivate ? 'private' : chatId.startsWith('@') ? 'channel' : 'group' };
}

/**
 * A grammY API transformer for the bot's own calls (command replies): every message it posts waits
 * for the shared limiter with reply priority (before any waiting digest part), and a 429 pauses that
 * chat in the limiter and is tried again, so a burst of commands is answered in full, at the rate
 * Telegram allows, instead of losing replies. Install it before autoRetry (which then sees no 429
 * from these methods).
 */
export function limitedSends(limiter: RateLimiter, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const target = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!SEND_METHODS.has(method) || (typeof target !== 'string' && typeof target !== 'number')) return prev(method, payload, signal);
    const chat = telegramChat(String(target));
    for (let tries = 1; ; tries++) {
      await limiter.acquire(chat, { priority: 'reply' });
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, signal);
      } finally {
        limiter.settle(chat);
      }
      if (result.ok || result.error_code !== 429 || tries >= MAX_RATE_LIMITED_TRIES) return result;
      const seconds = Math.max(1, result.parameters?.retry_after ?? 1);
      logger.warn({ method, chat: chat.chatId, retryAfterSeconds: seconds, tries }, 'reply rate limited; it waits its turn again');
      limiter.pause(chat, seconds * 1000);
    }
  };
}
