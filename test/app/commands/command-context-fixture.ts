import type { Reply } from '../../../src/app/commands/command-types.js';
import type { CommandContext } from '../../../src/app/commands/command-types.js';
import type { AppServices } from '../../../src/app/ports/app-port.js';
import type { ChatKind } from '../../../src/app/ports/store-port.js';

export interface ContextSpec {
  chatKind?: ChatKind;
  chatId?: string;
  userId?: string | null;
  args?: string[];
  isAdmin?: boolean;
  canManage?: boolean | Error;
}

/** A neutral command context as an adapter would build it. */
export function makeContext(services: AppServices, spec: ContextSpec = {}): CommandContext & { manageChecks: number } {
  const ctx = {
    platform: 'telegram' as const,
    chatId: spec.chatId ?? '501',
    chatKind: spec.chatKind ?? 'private',
    userId: spec.userId === undefined ? '501' : spec.userId,
    args: spec.args ?? [],
    isAdmin: spec.isAdmin ?? false,
    manageChecks: 0,
    async canManageChat(): Promise<boolean> {
      ctx.manageChecks += 1;
      if (spec.canManage instanceof Error) throw spec.canManage;
      return spec.canManage ?? false;
    },
    services,
  };
  return ctx;
}

/** The English lines of a text reply, joined by newlines (throws for other kinds). */
export function english(reply: Reply): string {
  if (reply.kind !== 'text') throw new Error(`expected a text reply, got ${reply.kind}`);
  return reply.lines.map((l) => l.en).join('\n');
}
