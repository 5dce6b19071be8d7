import type { Chat, Message } from 'grammy/types';
import { asRecord } from './body.js';
import { parseTelegramHtml } from './html.js';
import { badRequest, chatIdParam, intParam, ok, stringParam, type MethodResult } from './result.js';
import type { FakeState } from './state.js';
import type { Params, SentMessage } from './types.js';

export const MAX_TEXT_LENGTH = 4096;

type Parsed = { text: string; entities: SentMessage['entities'] };

function parseText(text: string, parseMode: string | undefined): Parsed | MethodResult {
  if (parseMode === undefined || parseMode === '') return { text, entities: [] };
  if (parseMode.toLowerCase() === 'html') {
    const parsed = parseTelegramHtml(text);
    return parsed.ok ? { text: parsed.text, entities: parsed.entities } : badRequest(`can't parse entities: ${parsed.error}`);
  }
  if (parseMode === 'MarkdownV2' || parseMode === 'Markdown') return { text, entities: [] };
  return badRequest('unsupported parse_mode');
}

/** sendMessage: validates like the Bot API, records the message and returns it. */
export function sendMessage(state: FakeState, params: Params, token: string): MethodResult {
  const chatId = chatIdParam(params);
  if (chatId === undefined) return badRequest('chat_id is empty');
  const chat: Chat | undefined = state.chat(chatId);
  if (!chat) return badRequest('chat not found');
  const text = stringParam(params, 'text') ?? '';
  const parseMode = stringParam(params, 'parse_mode');
  const parsed = parseText(text, parseMode);
  if ('ok' in parsed) return parsed;
  if (parsed.text.trim() === '') return badRequest('message text is empty');
  if (parsed.text.length > MAX_TEXT_LENGTH) return badRequest('message is too long');
  const linkPreview = asRecord(params['link_preview_options']);
  const reply = asRecord(params['reply_parameters']);
  const disablePreview = params['disable_web_page_preview'];
  const message_id = state.nextMessageId(chat.id);
  const date = Math.floor(Date.now() / 1000);
  const record: SentMessage = {
    chat_id: chatId, message_id, date, text, plainText: parsed.text, entities: parsed.entities,
    parse_mode: parseMode,
    link_preview_options: linkPreview as SentMessage['link_preview_options'],
    disable_web_page_preview: typeof disablePreview === 'boolean' ? disablePreview : undefined,
    previewDisabled: linkPreview?.['is_disabled'] === true || disablePreview === true || disablePreview === 'true',
    reply_parameters: reply as SentMessage['reply_parameters'],
    reply_markup: params['reply_markup'],
    disable_notification: params['disable_notification'] === true ? true : undefined,
    message_thread_id: intParam(params, 'message_thread_id'),
    token, params,
  };
  state.sentMessages.push(record);
  const message = {
    message_id, date, chat, text: parsed.text,
    ...(parsed.entities.length > 0 ? { entities: parsed.entities } : {}),
    ...(chat.type === 'channel' ? { sender_chat: chat } : { from: state.bot }),
  } as Message.TextMessage;
  return ok(message);
}
