import type { ApiError, Params, RateLimitOptions } from './types.js';

/** Methods that post a message to a chat and count against the send limits. */
const SEND_METHODS = new Set(['sendmessage', 'sendphoto', 'senddocument', 'sendmediagroup', 'copymessage', 'forwardmessage']);

export const TELEGRAM_LIMITS: Required<RateLimitOptions> = { globalPerSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20, timeScale: 1 };

/** Arrival times (ms) of accepted messages in a sliding window of `windowMs`. */
class Window {
  private times: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until one more message fits (0 = it fits now). */
  waitMs(now: number): number {
    this.times = this.times.filter((t) => t > now - this.windowMs);
    return this.times.length < this.limit ? 0 : (this.times[0] as number) + this.windowMs - now;
  }

  record(now: number): void {
    this.times.push(now);
  }
}

/**
 * Telegram's flood limits as the fake enforces them, on arrival: at most `globalPerSecond` messages
 * in any second overall, one per `perChatIntervalMs` to a chat, `perGroupPerMinute` to a group
 * (negative chat id) in any minute. A message over a limit is refused with 429 and
 * `parameters.retry_after` (whole seconds, at least 1), and is not counted. `timeScale` shrinks
 * every window (0.1: ten times the rates) so tests run fast.
 */
export class RateEnforcer {
  private readonly limits: Required<RateLimitOptions>;
  private readonly global: Window;
  private readonly chats = new Map<string, Window>();
  private readonly groups = new Map<string, Window>();
  /** 429s answered, by kind of limit. */
  readonly refused = { global: 0, chat: 0, group: 0 };

  constructor(options: RateLimitOptions) {
    this.limits = { ...TELEGRAM_LIMITS, ...options };
    this.global = new Window(this.limits.globalPerSecond, 1000 * this.limits.timeScale);
  }

  /** Checks (and counts, when allowed) one call; returns the 429 to answer, or null to go on. */
  check(method: string, params: Params, now = Date.now()): ApiError | null {
    if (!SEND_METHODS.has(method.toLowerCase())) return null;
    const chatId = String(params['chat_id'] ?? '');
    const { perChatIntervalMs, perGroupPerMinute, timeScale } = this.limits;
    const chat = this.windowOf(this.chats, chatId, () => new Window(1, perChatIntervalMs * timeScale));
    const group = chatId.startsWith('-') ? this.windowOf(this.groups, chatId, () => new Window(perGroupPerMinute, 60_000 * timeScale)) : null;
    const waits: [keyof RateEnforcer['refused'], number][] = [
      ['global', this.global.waitMs(now)],
      ['chat', chat.waitMs(now)],
      ['group', group?.waitMs(now) ?? 0],
    ];
    const [kind, wait] = waits.reduce((worst, entry) => (entry[1] > worst[1] ? entry : worst));
    if (wait > 0) {
      this.refused[kind] += 1;
      const retryAfter = Math.max(1, Math.ceil(wait / 1000));
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
    }
    this.global.record(now);
    chat.record(now);
    group?.record(now);
    return null;
  }

  private windowOf(map: Map<string, Window>, key: string, make: () => Window): Window {
    let window = map.get(key);
    if (window === undefined) map.set(key, (window = make()));
    return window;
  }
}
