import type { BotCommand, Chat, Update, User, UserFromGetMe } from 'grammy/types';
import type { ApiCall, FakeTelegramOptions, MemberStatus, SentMessage } from './types.js';
import { ChangeWaiter } from '../shared/change-waiter.js';

export const DEFAULT_TOKEN = '123456789:FAKE-TOKEN';

function botFromToken(token: string, extra: Partial<UserFromGetMe> = {}): UserFromGetMe {
  const id = Number(/^(\d+):/.exec(token)?.[1] ?? 123456789);
  return {
    id, is_bot: true, first_name: 'Khabar Test', username: 'khabar_test_bot',
    can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
    can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
    allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
    ...extra,
  };
}

/** Synthesises a chat for an id the fake has never seen (ids follow Telegram's ranges). */
export function guessChat(id: number): Chat {
  if (id > 0) return { id, type: 'private', first_name: `User ${id}` };
  if (id <= -1000000000000) return { id, type: 'supergroup', title: `Supergroup ${id}` };
  return { id, type: 'group', title: `Group ${id}` };
}

/** Everything the fake remembers: identity, chats, members, commands, recorded calls. */
export class FakeState {
  readonly bot: UserFromGetMe;
  readonly chats = new Map<string, Chat>();
  readonly users = new Map<number, User>();
  readonly members = new Map<string, MemberStatus>();
  readonly commands = new Map<string, BotCommand[]>();
  readonly tokensSeen = new Set<string>();
  sentMessages: SentMessage[] = [];
  callLog: ApiCall[] = [];
  readonly defaultMemberStatus: MemberStatus;
  private readonly messageIds = new Map<string, number>();
  private readonly changes = new ChangeWaiter('fake telegram');

  constructor(readonly token: string, options: FakeTelegramOptions) {
    this.bot = botFromToken(token, options.botInfo);
    this.users.set(this.bot.id, this.bot);
    this.defaultMemberStatus = options.defaultMemberStatus ?? 'member';
  }

  /** Next message id in a chat (incoming and outgoing messages share the sequence). */
  nextMessageId(chatId: number | string): number {
    const next = (this.messageIds.get(String(chatId)) ?? 0) + 1;
    this.messageIds.set(String(chatId), next);
    return next;
  }

  chat(chatId: number | string): Chat | undefined {
    const known = this.chats.get(String(chatId));
    if (known) return known;
    if (typeof chatId === 'string' && chatId.startsWith('@')) {
      return [...this.chats.values()].find((c) => 'username' in c && `@${c.username ?? ''}` === chatId);
    }
    const id = Number(chatId);
    return Number.isInteger(id) && id !== 0 ? guessChat(id) : undefined;
  }

  /** Learns chats and users from a pushed update and fills in message ids left as 0. */
  learn(update: Update): void {
    for (const msg of [update.message, update.channel_post, update.edited_message, update.callback_query?.message]) {
      if (!msg) continue;
      this.chats.set(String(msg.chat.id), msg.chat);
      if (msg.message_id === 0) msg.message_id = this.nextMessageId(msg.chat.id);
      if ('from' in msg && msg.from) this.users.set(msg.from.id, msg.from);
    }
    if (update.callback_query) this.users.set(update.callback_query.from.id, update.callback_query.from);
  }

  memberStatus(chatId: number | string, userId: number): MemberStatus {
    const set = this.members.get(`${String(chatId)}:${userId}`);
    if (set) return set;
    return String(chatId) === String(userId) ? 'member' : this.defaultMemberStatus;
  }

  user(userId: number): User {
    return this.users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` };
  }

  notify(): void {
    this.changes.notify();
  }

  /** Resolves with the first value `check` returns (checked now and after every change). */
  waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    return this.changes.waitUntil(check, timeoutMs, what);
  }
}
