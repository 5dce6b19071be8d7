import type { Digest } from '../../core/digest/digest-model.js';
import type { EventMention } from '../../core/events/event-index.js';
import type { AppServices } from '../ports/app-port.js';
import type { ChatKind, Language, Platform } from '../ports/store-port.js';

/** What every platform adapter hands the command logic: who asked, where, and with what. */
export interface CommandContext {
  platform: Platform;
  /** Platform chat (or Discord channel) id as text. */
  chatId: string;
  chatKind: ChatKind;
  /** The user who sent the command; null for Telegram channel posts. */
  userId: string | null;
  /** Words after the command name. */
  args: string[];
  /** True when the user id is in the platform's admin list. */
  isAdmin: boolean;
  /** Telegram: the sender is a group administrator; Discord: the member has Manage Channels. */
  canManageChat(): Promise<boolean>;
  services: AppServices;
}

/** One line of a reply; `hi` is the Hindi version when there is one. */
export interface ReplyLine {
  en: string;
  hi?: string;
}

export type ReplyTone = 'ok' | 'error' | 'refused';

/** The platform-neutral reply every adapter renders in its own way. */
export type Reply =
  | { kind: 'text'; tone: ReplyTone; lines: ReplyLine[] }
  | { kind: 'digest'; digest: Digest; language: Language }
  | {
      kind: 'events';
      query: string;
      /** At most EVENT_REPLY_LIMIT mentions, in date order. */
      mentions: EventMention[];
      /** All mentions found (more than `mentions.length` when capped). */
      total: number;
      language: Language;
    };

/** A command as the platforms see it: its name, menu descriptions and logic. */
export interface Command {
  /** Lowercase name without the slash (valid for Telegram and Discord). */
  name: string;
  /** Only for ids in the platform's admin list. */
  adminOnly: boolean;
  /** Short menu description (Telegram setMyCommands, Discord slash command), ≤ 100 characters. */
  description: { en: string; hi: string };
  /** Argument hint shown in /help, e.g. '<YYYY-MM-DD|YYYY-MM|YYYY>'. */
  usage?: string;
  run(ctx: CommandContext): Promise<Reply>;
}

export function textReply(tone: ReplyTone, ...lines: ReplyLine[]): Reply {
  return { kind: 'text', tone, lines };
}

export const ok = (...lines: ReplyLine[]): Reply => textReply('ok', ...lines);
export const failed = (...lines: ReplyLine[]): Reply => textReply('error', ...lines);
export const refused = (...lines: ReplyLine[]): Reply => textReply('refused', ...lines);
