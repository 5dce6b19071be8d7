import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { toDeliveryError } from '../../../src/adapters/telegram/to-delivery-error.js';
import { DeliveryError } from '../../../src/app/ports/sender-port.js';

const api = (error_code: number, description: string, parameters: Record<string, number> = {}): GrammyError =>
  new GrammyError(`Call failed! (${error_code}: ${description})`, { ok: false, error_code, description, parameters }, 'sendMessage', {});

describe('toDeliveryError', () => {
  it.each([
    [api(429, 'Too Many Requests: retry after 42', { retry_after: 42 }), 'rate-limited', { retryAfterSeconds: 42 }],
    [api(429, 'Too Many Requests'), 'rate-limited', { retryAfterSeconds: 1 }],
    [api(403, 'Forbidden: user is deactivated'), 'forbidden', {}],
    [api(403, 'Forbidden: bot is not a member of the channel chat'), 'forbidden', {}],
    [api(400, 'Bad Request: chat not found'), 'chat-not-found', {}],
    [api(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }), 'migrated', { migrateToChatId: '-1001234' }],
    [api(400, "Bad Request: can't parse entities: unclosed start tag"), 'rejected', {}],
    [api(400, 'Bad Request: message is too long'), 'rejected', {}],
    [api(401, 'Unauthorized'), 'transient', {}],
    [api(502, 'Bad Gateway'), 'transient', {}],
    [new HttpError('Network request for sendMessage failed!', new Error('socket hang up')), 'transient', {}],
    [new Error('something odd'), 'transient', {}],
    ['a string', 'transient', {}],
  ])('%s → %s', (error, kind, details) => {
    const mapped = toDeliveryError(error);
    expect(mapped).toBeInstanceOf(DeliveryError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.details).toEqual(details);
  });

  it('keeps a DeliveryError as it is and the API error as the cause', () => {
    const original = new DeliveryError('forbidden', 'x');
    expect(toDeliveryError(original)).toBe(original);
    const cause = api(403, 'Forbidden: bot was blocked by the user');
    expect(toDeliveryError(cause).cause).toBe(cause);
  });
});
