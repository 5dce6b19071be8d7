import type { Context } from 'grammy';
import type { CommandContext } from '../../app/commands/command-types.js';
import type { AppServices } from '../../app/ports/app-port.js';
import type { ChatKind } from '../../app/ports/store-port.js';

const MANAGER_STATUSES = new Set(['creator', 'administrator']);

export function chatKindOf(type: string): ChatKind {
  if (type === 'private') return 'private';
  if (type === 'channel') return 'channel';
  return 'group';
}

/**
 * Maps a grammY update to the neutral command context. Channel posts have no user. A message
 * sent "as the group" (an anonymous administrator: sender_chat is the group itself) may manage
 * the group but is not a bot admin, since the person cannot be identified.
 */
export function toCommandContext(ctx: Context, args: string[], services: AppServices): CommandContext {
  const chat = ctx.chat;
  if (!chat) throw new Error('update without a chat');
  const message = ctx.msg;
  const anonymousAdmin = message?.sender_chat?.id === chat.id && chat.type !== 'channel';
  const from = anonymousAdmin || chat.type === 'channel' ? undefined : ctx.from;
  const userId = from ? String(from.id) : null;
  return {
    platform: 'telegram',
    chatId: String(chat.id),
    chatKind: chatKindOf(chat.type),
    userId,
    args,
    isAdmin: userId !== null && services.config.telegram.adminIds.includes(userId),
    async canManageChat(): Promise<boolean> {
      if (anonymousAdmin) return true;
      if (!from) return false;
      const member = await ctx.api.getChatMember(chat.id, from.id);
      return MANAGER_STATUSES.has(member.status);
    },
    services,
  };
}
