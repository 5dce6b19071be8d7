import type {
  BotCommand,
  BotCommandScope,
  Chat,
  MessageEntity,
  Update,
  UserFromGetMe,
} from 'grammy/types';

/** Parameters of one Bot API call, as decoded from the request body and query string. */
export type Params = Record<string, unknown>;

/** An update to push; `update_id` is assigned by the fake when missing. */
export type NewUpdate = Omit<Update, 'update_id'> & { update_id?: number };

/** Chat member statuses the fake can answer for getChatMember. */
export type MemberStatus = 'creator' | 'administrator' | 'member' | 'left' | 'kicked';

/** A JSON error the fake answers with, shaped like the real Bot API's. */
export interface ApiError {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** One recorded HTTP call to `/bot<token>/<method>`. */
export interface ApiCall {
  /** Method name as written in the URL (Telegram treats it case-insensitively). */
  method: string;
  params: Params;
  token: string;
  /** Milliseconds since epoch when the request arrived. */
  at: number;
  /** 'pending' while a long poll is parked or a delay runs. */
  outcome: 'pending' | 'ok' | 'error' | 'dropped';
  status?: number;
  description?: string;
}

/** A sendMessage call that the fake accepted (a message "delivered" to a chat). */
export interface SentMessage {
  chat_id: number | string;
  message_id: number;
  date: number;
  /** Text exactly as sent (HTML source when parse_mode is HTML). */
  text: string;
  /** Text as a Telegram client shows it (tags removed, entities decoded). */
  plainText: string;
  entities: MessageEntity[];
  parse_mode?: string;
  link_preview_options?: { is_disabled?: boolean; url?: string };
  disable_web_page_preview?: boolean;
  /** True when link previews were turned off by either option. */
  previewDisabled: boolean;
  reply_parameters?: { message_id: number; chat_id?: number | string };
  reply_markup?: unknown;
  disable_notification?: boolean;
  message_thread_id?: number;
  token: string;
  params: Params;
}

/** Kinds of failure the fake can inject. */
export type FailureKind =
  | 'rate-limit' // 429 with parameters.retry_after
  | 'server-error' // 5xx JSON answer (status, default 500)
  | 'bad-gateway' // 502 with an HTML body, like a proxy in front of the API
  | 'blocked' // 403 bot was blocked by the user
  | 'kicked' // 403 bot was kicked from the group chat
  | 'chat-not-found' // 400 chat not found
  | 'migrated' // 400 with parameters.migrate_to_chat_id
  | 'drop' // destroy the socket before handling (nothing recorded as sent)
  | 'drop-after' // handle the call (message recorded as sent), then destroy the socket
  | 'delay' // wait delayMs, then go on (other rules and the method still apply)
  | 'custom'; // status + description + parameters as given

export interface FailureRule {
  kind: FailureKind;
  /** Method to match (case-insensitive); any method when omitted. */
  method?: string;
  /** chat_id to match (compared as strings); any chat when omitted. */
  chatId?: number | string;
  /** How many matching calls it applies to; default 1. Use Infinity for a persistent switch. */
  times?: number;
  retryAfter?: number;
  migrateToChatId?: number;
  delayMs?: number;
  status?: number;
  description?: string;
}

export interface FailureHandle {
  /** How many calls this rule has hit so far. */
  readonly hits: number;
  remove(): void;
}

/** Telegram's flood limits for the fake to enforce (defaults: 30/s, 1 s per chat, 20/min per group). */
export interface RateLimitOptions {
  globalPerSecond?: number;
  perChatIntervalMs?: number;
  perGroupPerMinute?: number;
  /** Multiplies every window (0.1 = ten times faster limits) so tests run in seconds. */
  timeScale?: number;
}

export interface FakeTelegramOptions {
  /** Primary token (default '123456789:FAKE-TOKEN'); its numeric prefix becomes the bot id. */
  token?: string;
  /** When given, only these tokens (plus `token`) are accepted; others get 401 Unauthorized. */
  tokens?: string[];
  botInfo?: Partial<UserFromGetMe>;
  /** Upper bound for getUpdates' `timeout`, in ms (default 5000). */
  longPollCapMs?: number;
  /** getChatMember status for pairs not set with setChatMember (default 'member'). */
  defaultMemberStatus?: MemberStatus;
  /** Enforce Telegram's send limits (429 with retry_after); `true` for the real ones. Off by default. */
  rateLimits?: RateLimitOptions | true;
}

export interface FakeTelegram {
  readonly apiRoot: string;
  readonly port: number;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every token seen in a request URL. */
  readonly tokensSeen: ReadonlySet<string>;
  pushUpdate(update: NewUpdate): Update;
  pendingUpdates(): number;
  sent(chatId?: number | string): SentMessage[];
  calls(method?: string): ApiCall[];
  waitFor(predicate?: (m: SentMessage) => boolean, timeoutMs?: number): Promise<SentMessage>;
  waitForCall(method: string, predicate?: (c: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  fail(rule: FailureRule): FailureHandle;
  clearFailures(): void;
  setChatMember(chatId: number | string, userId: number, status: MemberStatus): void;
  setChat(chat: Chat): void;
  /** Commands stored by setMyCommands for a scope (default {type:'default'}) and language ('' = none). */
  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[];
  /** 429s the rate limits answered, by limit (all 0 when limits are off). */
  rateLimited(): { global: number; chat: number; group: number };
  /** Forget recorded calls and sent messages (keeps chats, members, commands, queue). */
  clearRecords(): void;
  close(): Promise<void>;
}
