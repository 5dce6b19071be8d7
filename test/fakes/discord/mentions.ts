import type { APIAllowedMentions } from 'discord.js';
import type { Pings } from './types.js';

const EVERYONE = /@(?:everyone|here)/;
const USER = /<@!?(\d{15,21})>/g;
const ROLE = /<@&(\d{15,21})>/g;

function ids(content: string, pattern: RegExp): string[] {
  return [...new Set([...content.matchAll(pattern)].map((m) => m[1] ?? ''))];
}

/**
 * Who a message would notify. Only `content` can ping (embeds never do). Without allowed_mentions
 * everything in the content pings; with it, only the parsed kinds and the listed ids do.
 */
export function pingsOf(content: string, allowed: APIAllowedMentions | undefined): Pings {
  const users = ids(content, USER);
  const roles = ids(content, ROLE);
  if (!allowed) return { everyone: EVERYONE.test(content), users, roles };
  const parse = allowed.parse ?? [];
  const has = (kind: string): boolean => (parse as string[]).includes(kind);
  return {
    everyone: has('everyone') && EVERYONE.test(content),
    users: has('users') ? users : users.filter((id) => allowed.users?.includes(id)),
    roles: has('roles') ? roles : roles.filter((id) => allowed.roles?.includes(id)),
  };
}
