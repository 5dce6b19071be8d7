import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { limitedSends, telegramChat } from '../../../src/adapters/telegram/limited-sends.js';
import type { AcquireOptions, ChatRef, RateLimiter } from '../../../src/app/delivery/rate-limiter.js';

/** Records what the transformer asks of the limiter; every acquire is granted at once. */
function recordingLimiter() {
  const events: string[] = [];
  const limiter: RateLimiter = {
    acquire: async (chat: ChatRef, options?: AcquireOptions) => {
      events.push(`acquire ${chat.chatId} ${options?.priority ?? 'digest'}`);
      return true;
    },
    waitMs: () => 0,
    settle: (chat) => void events.push(`settle ${chat.chatId}`),
    pause: (chat, ms) => void events.push(`pause ${chat.chatId} ${ms}`),
    wake: () => undefined,
  };
  return { limiter, events };
}

type Answer = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

/** Calls the transformer with a `prev` that gives these answers in turn. */
async function call(limiter: RateLimiter, method: string, payload: Record<string, unknown>, answers: Answer[]) {
  const calls: string[] = [];
  const prev = async (m: string): Promise<Answer> => {
    calls.push(m);
    return answers.shift() ?? { ok: true, result: true };
  };
  const transform = limitedSends(limiter, pino({ level: 'silent' })) as unknown as (
    prev: (m: string) => Promise<Answer>, method: string, payload: Record<string, unknown>,
  ) => Promise<Answer>;
  return { result: await transform(prev, method, payload), calls };
}

describe('command replies through the delivery limiter', () => {
  it('a reply takes its turn with reply priority and settles the chat when answered', async () => {
    const { limiter, events } = recordingLimiter();
    const { result, calls } = await call(limiter, 'sendMessage', { chat_id: 42, text: 'hi' }, []);
    expect(result.ok).toBe(true);
    expect(calls).toEqual(['sendMessage']);
    expect(events).toEqual(['acquire 42 reply', 'settle 42']);
  });

  it('a 429 pauses that chat for retry_after and the reply is sent again, not dropped', async () => {
    const { limiter, events } = recordingLimiter();
    const tooMany: Answer = { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } };
    const { result, calls } = await call(limiter, 'sendMessage', { chat_id: -100123, text: 'hi' }, [tooMany, tooMany]);
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(3);
    expect(events).toEqual([
      'acquire -100123 reply', 'settle -100123', 'pause -100123 3000',
      'acquire -100123 reply', 'settle -100123', 'pause -100123 3000',
      'acquire -100123 reply', 'settle -100123',
    ]);
  });

  it('other errors and other methods pass through untouched', async () => {
    const { limiter, events } = recordingLimiter();
    const forbidden: Answer = { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    expect((await call(limiter, 'sendMessage', { chat_id: 7, text: 'x' }, [forbidden])).result).toEqual(forbidden);
    expect((await call(limiter, 'getChatMember', { chat_id: 7, user_id: 1 }, [])).calls).toEqual(['getChatMember']);
    expect(events).toEqual(['acquire 7 reply', 'settle 7']);
  });

  it('reads the chat kind from the id: positive private, negative group, @name channel', () => {
    expect(telegramChat('42').kind).toBe('private');
    expect(telegramChat('-100123').kind).toBe('group');
    expect(telegramChat('@khabar').kind).toBe('channel');
  });
});
