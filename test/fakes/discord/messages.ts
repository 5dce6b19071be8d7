import { PermissionFlagsBits as P, type APIAllowedMentions, type APIEmbed, type APIMessage } from 'discord.js';
import { permissionsOf } from './guilds.js';
import {
  ALREADY_ACKNOWLEDGED, MISSING_ACCESS, MISSING_PERMISSIONS, NO_CONTENT, ok, UNKNOWN_CHANNEL,
  UNKNOWN_INTERACTION, UNKNOWN_MESSAGE, UNKNOWN_WEBHOOK, type Answer,
} from './http.js';
import { validateMessage } from './limits.js';
import { pingsOf } from './mentions.js';
import type { RouteContext } from './routes.js';
import type { FakeState, PendingInteraction } from './state.js';
import type { Body, SentMessage } from './types.js';

const EPHEMERAL = 64;
const flagsOf = (body: Body): number => (typeof body['flags'] === 'number' ? body['flags'] : 0);

function toApiMessage(state: FakeState, sent: SentMessage): APIMessage {
  const guildId = state.channel(sent.channel_id)?.guild.id;
  const reply = sent.interactionId !== undefined;
  return {
    id: sent.id, channel_id: sent.channel_id, author: state.bot, content: sent.content, embeds: sent.embeds,
    flags: sent.flags, timestamp: new Date(sent.at).toISOString(),
    edited_timestamp: sent.source === 'edit' ? new Date(sent.at).toISOString() : null, tts: false,
    mention_everyone: sent.pings.everyone, mentions: [], mention_roles: sent.pings.roles, attachments: [],
    pinned: false, type: reply ? 20 : 0, components: [],
    ...(reply ? { application_id: state.applicationId, webhook_id: state.applicationId } : {}),
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

interface RecordOptions {
  pending?: PendingInteraction;
  id?: string;
  /** Ephemeral state carried over from the message being edited. */
  ephemeral?: boolean;
}

function recordMessage(
  state: FakeState, body: Body, channelId: string, source: SentMessage['source'], opts: RecordOptions = {},
): APIMessage {
  const content = typeof body['content'] === 'string' ? body['content'] : '';
  const embeds = Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [];
  const allowed = body['allowed_mentions'] as APIAllowedMentions | undefined;
  const flags = flagsOf(body);
  const sent: SentMessage = {
    id: opts.id ?? state.nextId(), channel_id: channelId, source, content, embeds, flags,
    ephemeral: (flags & EPHEMERAL) !== 0 || (opts.ephemeral ?? false), pings: pingsOf(content, allowed), body, at: Date.now(),
  };
  if (allowed) sent.allowed_mentions = allowed;
  if (opts.pending) sent.interactionId = opts.pending.id;
  state.messages.push(sent);
  return toApiMessage(state, sent);
}

/** POST /channels/:channel/messages */
export function createChannelMessage({ state, params, body }: RouteContext): Answer {
  const channelId = params['channel'] ?? '';
  const known = state.channel(channelId);
  if (!known && state.options.strictChannels) return UNKNOWN_CHANNEL;
  if (known) {
    const perms = permissionsOf(known.guild, state.bot.id, channelId);
    if ((perms & P.ViewChannel) === 0n) return MISSING_ACCESS;
    if ((perms & P.SendMessages) === 0n) return MISSING_PERMISSIONS;
  }
  return validateMessage(body, true) ?? ok(recordMessage(state, body, channelId, 'channel'));
}

/** POST /interactions/:id/:token/callback */
export function interactionCallback({ state, params, body, query }: RouteContext): Answer {
  const pending = state.interactions.get(params['id'] ?? '');
  if (!pending || pending.token !== params['token']) return UNKNOWN_INTERACTION;
  const deadline = state.options.ackDeadlineMs;
  if (deadline !== undefined && Date.now() - pending.dispatchedAt > deadline) return UNKNOWN_INTERACTION;
  if (pending.acknowledged) return ALREADY_ACKNOWLEDGED;
  const type = typeof body['type'] === 'number' ? body['type'] : 0;
  const data = body['data'] !== null && typeof body['data'] === 'object' ? (body['data'] as Body) : undefined;
  if (type === 4) {
    const invalid = validateMessage(data ?? {}, true);
    if (invalid) return invalid;
  }
  pending.acknowledged = true;
  pending.ephemeral = ((data ? flagsOf(data) : 0) & EPHEMERAL) !== 0;
  pending.originalId = state.nextId();
  const { ephemeral, originalId } = pending;
  state.callbacks.push({ interactionId: pending.id, type, ephemeral, at: Date.now(), ...(data ? { data } : {}) });
  const message = type === 4
    ? recordMessage(state, data ?? {}, pending.channelId, 'callback', { pending, id: originalId })
    : undefined;
  if (query['with_response'] !== 'true') return NO_CONTENT;
  return ok({
    interaction: { id: pending.id, type: 2, response_message_id: pending.originalId,
      response_message_loading: type === 5, response_message_ephemeral: pending.ephemeral },
    resource: { type, ...(message ? { message } : {}) },
  });
}

function webhookTarget(state: FakeState, params: Record<string, string>): PendingInteraction | undefined {
  if (params['app'] !== state.applicationId) return undefined;
  return state.byToken(params['token'] ?? '');
}

/** POST /webhooks/:app/:token (follow-up) */
export function followUp({ state, params, body }: RouteContext): Answer {
  const pending = webhookTarget(state, params);
  if (!pending || !pending.acknowledged) return UNKNOWN_WEBHOOK;
  return validateMessage(body, true) ?? ok(recordMessage(state, body, pending.channelId, 'followup', { pending }));
}

/** GET, PATCH and DELETE /webhooks/:app/:token/messages/:message (@original or an id) */
export function webhookMessage({ state, params, body, method }: RouteContext): Answer {
  const pending = webhookTarget(state, params);
  if (!pending) return UNKNOWN_WEBHOOK;
  const wanted = params['message'] === '@original' ? pending.originalId : params['message'];
  const last = [...state.messages].reverse().find((m) => m.interactionId === pending.id && m.id === wanted);
  const isOriginal = wanted !== undefined && wanted === pending.originalId;
  if (!wanted || (!last && !(isOriginal && method === 'PATCH'))) return UNKNOWN_MESSAGE;
  if (method === 'DELETE') return NO_CONTENT;
  if (method === 'GET' && last) return ok(toApiMessage(state, last));
  const ephemeral = last?.ephemeral ?? pending.ephemeral;
  const invalid = validateMessage(body, false);
  return invalid ?? ok(recordMessage(state, body, pending.channelId, 'edit', { pending, id: wanted, ephemeral }));
}
