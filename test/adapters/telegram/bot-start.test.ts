import { describe, expect, it } from 'vitest';
import { createCommands } from '../../../src/app/commands/run-command.js';
import { privateMessage } from '../../fakes/telegram/index.js';
import { ADMIN, shown, useSeedHarness } from './bot-harness.js';

const world = useSeedHarness();

describe('Telegram bot start-up, /start and /help', () => {
  it('sets the command menus in English (default) and Hindi, with admin menus per admin chat', () => {
    const names = createCommands().filter((c) => !c.adminOnly).map((c) => c.name);
    expect(world.h.fake.commands().map((c) => c.command)).toEqual(names);
    expect(world.h.fake.commands().find((c) => c.command === 'subscribe')?.description).toBe('Get the daily digest in this chat');
    expect(world.h.fake.commands(undefined, 'hi').find((c) => c.command === 'subscribe')?.description).toBe('इस चैट में रोज़ का डाइजेस्ट पाएँ');
    const adminMenu = world.h.fake.commands({ type: 'chat', chat_id: ADMIN }, 'hi').map((c) => c.command);
    expect(adminMenu).toEqual(expect.arrayContaining(['reload', 'status', 'publish', 'digest']));
    expect(world.h.fake.calls('deleteWebhook')).toHaveLength(0);
  });

  it('/start explains the bot in Hindi and English with the command list; previews off, HTML mode', async () => {
    const [reply, ...rest] = await world.h.ask(privateMessage(501, '/start'));
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ parse_mode: 'HTML', previewDisabled: true });
    expect(reply?.plainText).toContain('khabar turns Hindi news into short digests');
    expect(reply?.plainText).toContain('हिंदी और अंग्रेज़ी');
    expect(reply?.plainText).toContain('/event <YYYY-MM-DD|YYYY-MM|YYYY> — What happened on a date');
    expect(reply?.text).toContain('/event &lt;YYYY-MM-DD|YYYY-MM|YYYY&gt;');
    expect(reply?.plainText).not.toContain('/reload');
  });

  it('/help lists the admin commands for an admin only', async () => {
    expect(shown(await world.h.ask(privateMessage(ADMIN, '/help')))).toContain('Admin commands:');
    expect(shown(await world.h.ask(privateMessage(502, '/help@khabar_test_bot')))).not.toContain('Admin commands:');
  });

  it('answers an unknown command in private with a hint, ignores non-commands', async () => {
    expect(shown(await world.h.ask(privateMessage(503, '/frobnicate now')))).toContain('Unknown command /frobnicate. Send /help for the list.');
    expect(await world.h.ask(privateMessage(503, 'hello there'))).toEqual([]);
  });
});
