import { randomUUID } from 'node:crypto';
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import type { NewUpdate } from './types.js';

type ChatMessage = NonNullable<Update['message']>;
type ChannelMessage = NonNullable<Update['channel_post']>;

/**
 * Builders for realistic incoming updates. `message_id` defaults to 0, which pushUpdate replaces
 * with the chat's next message id; `update_id` is assigned by pushUpdate.
 */
export interface UserOptions {
  firstName?: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

export interface MessageOptions {
  messageId?: number;
  /** Unix seconds; default now. */
  date?: number;
}

export interface GroupOptions extends UserOptions, MessageOptions {
  /** Default 'supergroup' for ids ≤ -1000000000000, else 'group'. */
  type?: 'group' | 'supergroup';
  title?: string;
}

export interface ChannelOptions extends MessageOptions {
  title?: string;
  username?: string;
}

const COMMAND_RE = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s|[.,!?;:])/g;

/** bot_command entities for every /command in a text (the one at offset 0 is what bot.command() checks). */
export function commandEntities(text: string): MessageEntity[] {
  return [...text.matchAll(COMMAND_RE)].map((m) => ({
    type: 'bot_command' as const,
    offset: (m.index ?? 0) + (m[1] ?? '').length,
    length: (m[2] ?? '').length,
  }));
}

function user(id: number, o: UserOptions = {}): User {
  return {
    id, is_bot: false, first_name: o.firstName ?? `User ${id}`,
    ...(o.lastName !== undefined ? { last_name: o.lastName } : {}),
    ...(o.username !== undefined ? { username: o.username } : {}),
    language_code: o.languageCode ?? 'hi',
  };
}

function textMessage<T extends Message>(chat: Chat, text: string, o: MessageOptions, from?: User): T {
  const entities = commandEntities(text);
  return {
    message_id: o.messageId ?? 0,
    date: o.date ?? Math.floor(Date.now() / 1000),
    chat,
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(from ? { from } : { sender_chat: chat }),
  } as Message as T;
}

export function privateMessage(userId: number, text: string, o: UserOptions & MessageOptions = {}): NewUpdate {
  const from = user(userId, o);
  const chat: Chat = {
    id: userId, type: 'private', first_name: from.first_name,
    ...(from.last_name !== undefined ? { last_name: from.last_name } : {}),
    ...(from.username !== undefined ? { username: from.username } : {}),
  };
  return { message: textMessage<ChatMessage>(chat, text, o, from) };
}

export function groupMessage(chatId: number, userId: number, text: string, o: GroupOptions = {}): NewUpdate {
  const type = o.type ?? (chatId <= -1000000000000 ? 'supergroup' : 'group');
  const title = o.title ?? `Group ${chatId}`;
  const chat: Chat = type === 'group' ? { id: chatId, type, title } : { id: chatId, type, title };
  return { message: textMessage<ChatMessage>(chat, text, o, user(userId, o)) };
}

export function channelPost(chatId: number, text: string, o: ChannelOptions = {}): NewUpdate {
  const chat: Chat = {
    id: chatId, type: 'channel', title: o.title ?? `Channel ${chatId}`,
    ...(o.username !== undefined ? { username: o.username } : {}),
  };
  return { channel_post: textMessage<ChannelMessage>(chat, text, o) };
}

/** A callback_query from a button under message `messageId` in the user's private chat. */
export function callbackQuery(userId: number, data: string, o: UserOptions & { messageId?: number } = {}): NewUpdate {
  const from = user(userId, o);
  const chat: Chat = { id: userId, type: 'private', first_name: from.first_name };
  return {
    callback_query: {
      id: randomUUID(), from, chat_instance: String(userId), data,
      message: textMessage(chat, 'button', { messageId: o.messageId ?? 1 }, from),
    },
  };
}
