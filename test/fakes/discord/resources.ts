import { guildObject } from './guilds.js';
import { ok, UNKNOWN_CHANNEL, UNKNOWN_GUILD, UNKNOWN_MEMBER, type Answer } from './http.js';
import type { RouteContext } from './routes.js';

/** GET /gateway/bot: where discord.js connects its shard. */
export function gatewayBot({ gatewayUrl }: RouteContext): Answer {
  return ok({
    url: gatewayUrl,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
  });
}

export function gateway({ gatewayUrl }: RouteContext): Answer {
  return ok({ url: gatewayUrl });
}

export function currentUser({ state }: RouteContext): Answer {
  return ok({ ...state.bot, verified: true, mfa_enabled: false, flags: 0 });
}

/** GET /applications/@me (and the older /oauth2/applications/@me). */
export function currentApplication({ state }: RouteContext): Answer {
  return ok({
    id: state.applicationId, name: state.bot.username, icon: null, description: 'khabar test application',
    bot_public: false, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0, bot: state.bot,
    owner: { id: '100000000000000001', username: 'owner', discriminator: '0', global_name: null, avatar: null },
    team: null, approximate_guild_count: state.guilds.size,
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    integration_types_config: { 0: {} }, summary: '', tags: [],
  });
}

export function getChannel({ state, params }: RouteContext): Answer {
  const found = state.channel(params['channel'] ?? '');
  return found ? ok(found.channel) : UNKNOWN_CHANNEL;
}

export function getGuild({ state, params }: RouteContext): Answer {
  const guild = state.guilds.get(params['guild'] ?? '');
  return guild ? ok({ ...guildObject(guild), approximate_member_count: guild.members.length }) : UNKNOWN_GUILD;
}

export function guildChannels({ state, params }: RouteContext): Answer {
  const guild = state.guilds.get(params['guild'] ?? '');
  return guild ? ok(guild.channels) : UNKNOWN_GUILD;
}

export function guildRoles({ state, params }: RouteContext): Answer {
  const guild = state.guilds.get(params['guild'] ?? '');
  return guild ? ok(guild.roles) : UNKNOWN_GUILD;
}

export function guildMember({ state, params }: RouteContext): Answer {
  const guild = state.guilds.get(params['guild'] ?? '');
  if (!guild) return UNKNOWN_GUILD;
  const wanted = params['user'] === '@me' ? state.bot.id : params['user'];
  const member = guild.members.find((m) => m.user.id === wanted);
  return member ? ok(member) : UNKNOWN_MEMBER;
}
