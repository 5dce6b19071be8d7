import { describe, expect, it } from 'vitest';
import { publishCommand } from '../../../src/app/commands/publish.js';
import { reloadCommand } from '../../../src/app/commands/reload.js';
import { createCommands, runCommand } from '../../../src/app/commands/run-command.js';
import { statusCommand } from '../../../src/app/commands/status.js';
import type { Command } from '../../../src/app/commands/command-types.js';
import { makeArticle } from '../../helpers/make-article.js';
import { english, makeContext } from './command-context-fixture.js';
import { fakeContent, fakeDelivery, testServices } from './services-fixture.js';

const admin = { isAdmin: true, userId: '900', chatId: '900' };

describe('admin commands', () => {
  it.each([reloadCommand, statusCommand, publishCommand])('/$name refuses a non-admin politely and logs the attempt', async (command) => {
    const delivery = fakeDelivery();
    const s = testServices({ content: fakeContent([]), delivery });
    const reply = await runCommand(command, makeContext(s, { userId: '77', chatKind: 'group', chatId: '-5' }));
    expect(reply).toMatchObject({ kind: 'text', tone: 'refused' });
    expect(english(reply)).toBe(`Sorry, /${command.name} is only for the bot's administrators.`);
    expect(s.logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'admin command refused', userId: '77', command: command.name }));
    expect(delivery.publishCalls).toBe(0);
  });

  it('/reload reports counts, added, removed and problems with file names', async () => {
    const content = fakeContent([], () => ({
      ok: true, articles: 4, added: ['005_new'], removed: ['001_old', '002_old'],
      problems: [{ file: 'broken.txt', message: 'empty file', severity: 'error' }, { file: 'metadata.yaml', line: 3, message: 'bad date', severity: 'warning' }],
    }));
    const reply = await runCommand(reloadCommand, makeContext(testServices({ content }), admin));
    expect(english(reply)).toBe(
      ['Reloaded: 4 articles.', 'Added: 1 (005_new).', 'Removed: 2 (001_old, 002_old).', '2 problem(s):',
        'error: broken.txt: empty file', 'warning: metadata.yaml:3: bad date'].join('\n'),
    );
  });

  it('a failed /reload says the old snapshot keeps serving', async () => {
    const content = fakeContent([], () => ({ ok: false, articles: 5, added: [], removed: [], problems: [], error: 'content folder not found: /x' }));
    const reply = await runCommand(reloadCommand, makeContext(testServices({ content }), admin));
    expect(reply).toMatchObject({ tone: 'error' });
    expect(english(reply)).toBe('Reload failed: content folder not found: /x.\nThe previous snapshot (5 articles) keeps serving.');
  });

  it('/status shows uptime, articles, subscriptions, pending deliveries and the last digest', async () => {
    const s = testServices({ content: fakeContent([makeArticle({ id: 'x', published: '2024-06-19' })]) });
    s.store.subscriptions.subscribe('telegram', '1', 'private');
    s.store.subscriptions.subscribe('telegram', '2', 'private');
    s.store.subscriptions.unsubscribe('telegram', '2');
    const text = english(await runCommand(statusCommand, makeContext(s, admin)));
    expect(text).toContain('Uptime: 2d 2h 5m');
    expect(text).toContain('Articles: 1 (loaded 2024-06-20 11:30, 0 problems)');
    expect(text).toContain('Subscriptions: 1 active of 2');
    expect(text).toContain('Pending deliveries: 3');
    expect(text).toContain('Last digest: 2024-06-20 08:00 (Asia/Kolkata)');
  });

  it('/publish runs delivery now and reports counts; a failure is reported, not thrown', async () => {
    const delivery = fakeDelivery({ queued: 3, nothingNew: 2, sent: 7 });
    const text = english(await runCommand(publishCommand, makeContext(testServices({ content: fakeContent([]), delivery }), admin)));
    expect(delivery.publishCalls).toBe(1);
    expect(text).toBe('Published: 3 subscription(s) got a digest, 2 had nothing new.\nMessage parts sent: 7.');
    const broken = fakeDelivery(new Error('outbox locked'));
    const reply = await runCommand(publishCommand, makeContext(testServices({ content: fakeContent([]), delivery: broken }), admin));
    expect(reply).toMatchObject({ tone: 'error' });
    expect(english(reply)).toBe('Publish failed: outbox locked');
  });
});

describe('runCommand and the command list', () => {
  it('turns an unexpected failure into a short apology and logs it', async () => {
    const s = testServices({ content: fakeContent([]) });
    const boom: Command = { name: 'boom', adminOnly: false, description: { en: 'x', hi: 'x' }, run: () => Promise.reject(new Error('secret stack')) };
    const reply = await runCommand(boom, makeContext(s));
    expect(english(reply)).toBe('Sorry, something went wrong. Please try again later.');
    expect(english(reply)).not.toContain('secret');
    expect(s.logs).toContainEqual(expect.objectContaining({ level: 50, msg: 'command failed', command: 'boom' }));
  });

  it('has valid, unique names and short bilingual descriptions', () => {
    const commands = createCommands();
    expect(commands.map((c) => c.name)).toEqual(['start', 'help', 'subscribe', 'unsubscribe', 'digest', 'event', 'lang', 'time', 'reload', 'status', 'publish']);
    for (const c of commands) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
      expect(c.description.en.length).toBeLessThanOrEqual(100);
      expect(c.description.hi.length).toBeLessThanOrEqual(100);
      expect(c.description.hi).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('/help lists user commands in Hindi and English; admin commands only for admins', async () => {
    const help = createCommands().find((c) => c.name === 'help') as Command;
    const s = testServices({ content: fakeContent([]) });
    const user = await help.run(makeContext(s));
    if (user.kind !== 'text') throw new Error('expected text');
    expect(user.lines.every((l) => l.hi !== undefined || /[\u0900-\u097F]/.test(l.en))).toBe(true);
    expect(english(user)).toContain('/event <YYYY-MM-DD|YYYY-MM|YYYY> — What happened on a date · किसी तारीख़ की घटनाएँ');
    expect(english(user)).toContain('/lang both|hi|en');
    expect(english(user)).not.toContain('/reload');
    expect(english(user)).toContain('This chat is not subscribed.');
    const forAdmin = english(await help.run(makeContext(s, admin)));
    expect(forAdmin).toContain('Admin commands:\n/reload — Admin: reload content and data · ');
  });
});
