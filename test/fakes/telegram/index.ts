export { startFakeTelegram } from './server.js';
export { callbackQuery, channelPost, commandEntities, groupMessage, privateMessage } from './builders.js';
export { parseTelegramHtml } from './html.js';
export { MAX_TEXT_LENGTH } from './send-message.js';
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
  RateLimitOptions,
  SentMessage,
} from './types.js';
