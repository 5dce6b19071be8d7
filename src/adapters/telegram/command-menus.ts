import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Command } from '../../app/commands/command-types.js';
import type { Logger } from '../../app/logger.js';

function menu(commands: readonly Command[], language: 'en' | 'hi'): BotCommand[] {
  return commands.map((c) => ({ command: c.name, description: c.description[language] }));
}

/**
 * Sets the command menus: user commands for everyone in English (default) and Hindi
 * (`language_code: 'hi'`), and the full list, admin commands included, in each admin's private chat.
 * A failure (e.g. an admin who never opened the bot: "chat not found") is logged, never fatal.
 */
export async function setCommandMenus(api: Api, commands: readonly Command[], adminIds: readonly string[], logger: Logger): Promise<void> {
  const everyone = commands.filter((c) => !c.adminOnly);
  const calls: { what: string; run: () => Promise<unknown> }[] = [
    { what: 'default en', run: () => api.setMyCommands(menu(everyone, 'en')) },
    { what: 'default hi', run: () => api.setMyCommands(menu(everyone, 'hi'), { language_code: 'hi' }) },
  ];
  for (const id of adminIds) {
    const scope = { type: 'chat', chat_id: Number(id) } as const;
    calls.push(
      { what: `admin ${id} en`, run: () => api.setMyCommands(menu(commands, 'en'), { scope }) },
      { what: `admin ${id} hi`, run: () => api.setMyCommands(menu(commands, 'hi'), { scope, language_code: 'hi' }) },
    );
  }
  for (const call of calls) {
    try {
      await call.run();
    } catch (err) {
      logger.warn({ err, menu: call.what }, 'setMyCommands failed');
    }
  }
}
