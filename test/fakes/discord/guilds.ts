import {
  Locale,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type APIGuildCategoryChannel,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APINewsChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';
import { computePermissions, DEFAULT_EVERYONE, toBits } from './permissions.js';
import type { ChannelSpec, GuildSpec, MemberSpec, RoleSpec } from './types.js';

export type GuildChannel = APITextChannel | APINewsChannel | APIGuildCategoryChannel;

export interface GuildModel {
  id: string;
  name: string;
  ownerId: string;
  roles: APIRole[];
  channels: GuildChannel[];
  members: APIGuildMember[];
}

const JOINED_AT = '2024-01-01T00:00:00.000+00:00';

export function fullUser(user: Partial<APIUser> & { id: string }): APIUser {
  return { username: `user${user.id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, ...user };
}

function role(guildId: string, spec: RoleSpec, position: number, botId?: string): APIRole {
  const r: APIRole = {
    id: spec.id ?? '', name: spec.name, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false, position: spec.position ?? position, permissions: toBits(spec.permissions, 0n).toString(),
    managed: botId !== undefined, mentionable: false, flags: 0 as RoleFlags,
  };
  if (botId) r.tags = { bot_id: botId };
  if (r.id === '') r.id = `${guildId}${position}`;
  return r;
}

function channel(guildId: string, spec: ChannelSpec, position: number, id: string): GuildChannel {
  const base = { id, guild_id: guildId, name: spec.name ?? `channel-${position}`, position, flags: 0,
    permission_overwrites: spec.permissionOverwrites ?? [] };
  if (spec.type === 4) return { ...base, type: 4, parent_id: null };
  const text = { ...base, parent_id: spec.parentId ?? null, nsfw: false, topic: null, last_message_id: null,
    rate_limit_per_user: 0 };
  return spec.type === 5 ? { ...text, type: 5 } : { ...text, type: 0 };
}

export function member(spec: MemberSpec): APIGuildMember {
  return { user: fullUser(spec.user), nick: spec.nick ?? null, roles: spec.roles ?? [], joined_at: JOINED_AT,
    deaf: false, mute: false, flags: 0 as GuildMemberFlags, avatar: null, banner: null };
}

/** Builds a guild from a spec; the bot joins with a managed role carrying `botPermissions`. */
export function buildGuild(spec: GuildSpec, bot: APIUser, botPermissions: bigint, nextId: () => string): GuildModel {
  const id = spec.id ?? nextId();
  const everyone = role(id, { id, name: '@everyone', permissions: toBits(spec.everyonePermissions, DEFAULT_EVERYONE) }, 0);
  const botRole = role(id, { id: nextId(), name: bot.username, permissions: botPermissions }, 1, bot.id);
  const roles = [everyone, botRole, ...(spec.roles ?? []).map((r, i) => role(id, { ...r, id: r.id ?? nextId() }, i + 2))];
  const channels = (spec.channels ?? [{ name: 'general' }]).map((c, i) => channel(id, c, i, c.id ?? nextId()));
  const members = [member({ user: bot, roles: [botRole.id] }), ...(spec.members ?? []).map(member)];
  const ownerId = spec.ownerId ?? spec.members?.[0]?.user.id ?? '100000000000000001';
  return { id, name: spec.name ?? `Guild ${id}`, ownerId, roles, channels, members };
}

/** Permissions of a user in a guild (optionally in one channel), as a bitfield. */
export function permissionsOf(guild: GuildModel, userId: string, channelId?: string): bigint {
  const found = guild.members.find((m) => m.user.id === userId);
  const overwrites = guild.channels.find((c) => c.id === channelId)?.permission_overwrites;
  return computePermissions({
    guildId: guild.id, ownerId: guild.ownerId, userId, memberRoles: found?.roles ?? [], roles: guild.roles, overwrites,
  });
}

/** REST shape of GET /guilds/:id (without channels and members). */
export function guildObject(guild: GuildModel): Omit<GatewayGuildCreateDispatchData, GatewayOnly> {
  return {
    id: guild.id, name: guild.name, icon: null, splash: null, discovery_splash: null, owner_id: guild.ownerId,
    region: 'in', afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 1,
    explicit_content_filter: 0, roles: guild.roles, emojis: [], stickers: [], features: [], mfa_level: 0,
    application_id: null, system_channel_id: guild.channels.find((c) => c.type === 0)?.id ?? null,
    system_channel_flags: 0 as GuildSystemChannelFlags, rules_channel_id: null, vanity_url_code: null, description: null,
    banner: null,
    premium_tier: 0, premium_subscription_count: 0, preferred_locale: Locale.Hindi, public_updates_channel_id: null,
    max_video_channel_users: 25, max_stage_video_channel_users: 50, nsfw_level: 0, premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null, incidents_data: null, hub_type: null,
  };
}

type GatewayOnly = 'joined_at' | 'large' | 'member_count' | 'members' | 'channels' | 'threads' | 'presences'
  | 'voice_states' | 'stage_instances' | 'guild_scheduled_events' | 'soundboard_sounds' | 'unavailable';

/** The GUILD_CREATE dispatch data discord.js caches the guild from. */
export function guildCreate(guild: GuildModel): GatewayGuildCreateDispatchData {
  return {
    ...guildObject(guild), joined_at: JOINED_AT, large: false, unavailable: false,
    member_count: guild.members.length, members: guild.members, channels: guild.channels, threads: [],
    presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}
