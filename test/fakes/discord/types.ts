import type {
  APIAllowedMentions,
  APIApplicationCommand,
  APIChatInputApplicationCommandGuildInteraction,
  APIEmbed,
  APIInteraction,
  APIUser,
} from 'discord.js';
import type { SlashCommandOptions } from './builders.js';
import type { GuildSpec } from './specs.js';

export type { ChannelSpec, GuildSpec, MemberSpec, RoleSpec } from './specs.js';

/** A decoded JSON request body (objects only; anything else is kept under `value`). */
export type Body = Record<string, unknown>;

/** One recorded REST call. `route` is the matched template, e.g. 'POST /channels/:channel/messages'. */
export interface RestCall {
  method: string;
  path: string;
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Body;
  /** Authorization header as sent ('Bot <token>'), null when absent (interaction/webhook routes). */
  auth: string | null;
  at: number;
  outcome: 'pending' | 'ok' | 'error' | 'dropped';
  status?: number;
  /** Discord JSON error code of an error answer. */
  code?: number;
}

/** Who a message would notify, computed from content + allowed_mentions with Discord's rules. */
export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/** A message the fake accepted: a channel post, an interaction reply, an edit or a follow-up. */
export interface SentMessage {
  id: string;
  channel_id: string;
  source: 'channel' | 'callback' | 'edit' | 'followup';
  content: string;
  embeds: APIEmbed[];
  flags: number;
  ephemeral: boolean;
  allowed_mentions?: APIAllowedMentions;
  pings: Pings;
  /** Set for interaction replies, edits and follow-ups. */
  interactionId?: string;
  body: Body;
  at: number;
}

/** One POST /interactions/:id/:token/callback that the fake accepted. */
export interface InteractionCallback {
  interactionId: string;
  /** 4 = CHANNEL_MESSAGE_WITH_SOURCE, 5 = DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, 6/7 = component updates. */
  type: number;
  data?: Body;
  ephemeral: boolean;
  at: number;
}

/** One payload a gateway client sent (IDENTIFY, HEARTBEAT, RESUME, ...). */
export interface GatewayRecord {
  op: number;
  d: unknown;
  at: number;
  /** Query of the socket's URL: v, encoding, compress. */
  query: Record<string, string>;
}

export type FailureKind =
  | 'rate-limit' // 429 with retry_after (seconds), Retry-After and X-RateLimit-* headers
  | 'missing-permissions' // 403 code 50013
  | 'missing-access' // 403 code 50001
  | 'unknown-channel' // 404 code 10003
  | 'server-error' // 5xx (status, default 500)
  | 'drop' // close the socket without answering (undici: SocketError 'other side closed', not retried)
  | 'reset' // reset the socket (TCP RST → ECONNRESET, which discord.js REST retries)
  | 'delay' // wait delayMs, then go on
  | 'custom'; // status + code + message as given

export interface FailureRule {
  kind: FailureKind;
  /** Route template, with or without method: 'POST /channels/:channel/messages' or '/channels/:channel/messages'. */
  route?: string;
  /** Matches the :channel parameter, or the channel of the interaction for interaction/webhook routes. */
  channelId?: string;
  /** Matching calls it applies to (default 1); Infinity for a persistent switch. */
  times?: number;
  retryAfter?: number;
  global?: boolean;
  status?: number;
  code?: number;
  message?: string;
  delayMs?: number;
}

export interface FailureHandle {
  readonly hits: number;
  remove(): void;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  botUser?: Partial<APIUser>;
  heartbeatIntervalMs?: number;
  /** Permissions of the bot's managed role in every guild (default: view, send, embed links, history). */
  botPermissions?: bigint;
  /** Reject messages to channels no guild declares (404 10003); default: accept any id. */
  strictChannels?: boolean;
  /** Like Discord's 3 s rule: callbacks later than this get 404 10062 (default: no deadline). */
  ackDeadlineMs?: number;
  guilds?: GuildSpec[];
}

export interface FakeDiscord {
  /** For discord.js `rest: { api }`; REST paths are /api/v10/... */
  readonly apiRoot: string;
  readonly gatewayUrl: string;
  readonly port: number;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Adds a guild (id, channels, roles, members); sent as GUILD_CREATE to connected sessions. */
  addGuild(spec: GuildSpec): string;
  /** A realistic guild slash-command interaction using this fake's application, guilds and permissions. */
  slashCommand(options: SlashCommandOptions): APIChatInputApplicationCommandGuildInteraction;
  /** Sends INTERACTION_CREATE to every ready session; resolves with the first callback for it. */
  dispatchInteraction(interaction: APIInteraction, timeoutMs?: number): Promise<InteractionCallback>;
  messages(channelId?: string): SentMessage[];
  replies(interactionId?: string): SentMessage[];
  callbacks(interactionId?: string): InteractionCallback[];
  calls(route?: string): RestCall[];
  /** Commands from bulk overwrite: global when guildId is omitted. */
  commands(guildId?: string): APIApplicationCommand[];
  gatewayLog(op?: number): GatewayRecord[];
  /** Resolves with the first accepted message (channel post or reply) matching the predicate. */
  waitFor(predicate?: (m: SentMessage) => boolean, timeoutMs?: number): Promise<SentMessage>;
  waitForCall(route: string, predicate?: (c: RestCall) => boolean, timeoutMs?: number): Promise<RestCall>;
  fail(rule: FailureRule): FailureHandle;
  clearFailures(): void;
  /** Closes every gateway socket with this close code (default 4000, resumable). */
  dropGateway(code?: number): void;
  clearRecords(): void;
  close(): Promise<void>;
}
