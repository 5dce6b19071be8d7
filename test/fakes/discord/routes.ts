import { listCommands, overwriteCommands } from './commands.js';
import type { Answer } from './http.js';
import { createChannelMessage, followUp, interactionCallback, webhookMessage } from './messages.js';
import {
  currentApplication, currentUser, gateway, gatewayBot, getChannel, getGuild, guildChannels, guildMember, guildRoles,
} from './resources.js';
import type { FakeState } from './state.js';
import type { Body } from './types.js';

export interface RouteContext {
  state: FakeState;
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Body;
  gatewayUrl: string;
}

type Handler = (context: RouteContext) => Answer;

/** [methods, template, needs bot auth, handler]; interaction and webhook routes use their token instead. */
const TABLE: readonly (readonly [string[], string, boolean, Handler])[] = [
  [['GET'], '/gateway/bot', true, gatewayBot],
  [['GET'], '/gateway', false, gateway],
  [['GET'], '/users/@me', true, currentUser],
  [['GET'], '/applications/@me', true, currentApplication],
  [['GET'], '/oauth2/applications/@me', true, currentApplication],
  [['PUT'], '/applications/:app/commands', true, overwriteCommands],
  [['GET'], '/applications/:app/commands', true, listCommands],
  [['PUT'], '/applications/:app/guilds/:guild/commands', true, overwriteCommands],
  [['GET'], '/applications/:app/guilds/:guild/commands', true, listCommands],
  [['POST'], '/interactions/:id/:token/callback', false, interactionCallback],
  [['POST'], '/webhooks/:app/:token', false, followUp],
  [['GET', 'PATCH', 'DELETE'], '/webhooks/:app/:token/messages/:message', false, webhookMessage],
  [['POST'], '/channels/:channel/messages', true, createChannelMessage],
  [['GET'], '/channels/:channel', true, getChannel],
  [['GET'], '/guilds/:guild', true, getGuild],
  [['GET'], '/guilds/:guild/channels', true, guildChannels],
  [['GET'], '/guilds/:guild/roles', true, guildRoles],
  [['GET'], '/guilds/:guild/members/:user', true, guildMember],
];

export interface RouteMatch {
  /** 'METHOD /template', e.g. 'POST /channels/:channel/messages'. */
  route: string;
  params: Record<string, string>;
  auth: boolean;
  handler: Handler;
}

/** Compiles the route table once; the matcher takes a path below /api/v10. */
export function createRouter(): (method: string, path: string) => RouteMatch | null {
  const compiled = TABLE.map(([methods, template, auth, handler]) => {
    const keys: string[] = [];
    const source = template.replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    return { methods, template, auth, handler, keys, pattern: new RegExp(`^${source}/?$`) };
  });
  return (method, path) => {
    for (const r of compiled) {
      const m = r.pattern.exec(path);
      if (!m || !r.methods.includes(method)) continue;
      const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? '')]));
      return { route: `${method} ${r.template}`, params, auth: r.auth, handler: r.handler };
    }
    return null;
  };
}
