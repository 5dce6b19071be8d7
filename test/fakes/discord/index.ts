export { startFakeDiscord } from './server.js';
export { slashCommand, DEFAULT_USER_ID } from './builders.js';
export type { BuilderContext, OptionValue, SlashCommandOptions } from './builders.js';
export { LIMITS, discordLength } from './limits.js';
export { pingsOf } from './mentions.js';
export { ALL_PERMISSIONS, DEFAULT_BOT, DEFAULT_EVERYONE } from './permissions.js';
export { DEFAULT_APPLICATION_ID, DEFAULT_TOKEN } from './state.js';
export type {
  ChannelSpec,
  FailureHandle,
  FailureKind,
  FailureRule,
  FakeDiscord,
  FakeDiscordOptions,
  GatewayRecord,
  GuildSpec,
  InteractionCallback,
  MemberSpec,
  Pings,
  RestCall,
  RoleSpec,
  SentMessage,
} from './types.js';
