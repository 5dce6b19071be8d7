export { startFakeTelegram } from './server.ts';
export { callbackQuery, channelPost, commandEntities, groupMessage, privateMessage } from './builders.ts';
export { parseTelegramHtml } from './html.ts';
export { MAX_TEXT_LENGTH } from './send-message.ts';
export type {
  ApiCall,
  ApiError,
  FailureHandle,
  FailureKind,
  FailureRule,
  FakeTelegram,
  FakeTelegramOptions,
  MemberStatus,
  NewUpdate,
  SentMessage,
} from './types.ts';
