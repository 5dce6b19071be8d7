import { describe, expect, it } from 'vitest';
import { langCommand } from '../../../src/app/commands/lang.js';
import { subscribeCommand } from '../../../src/app/commands/subscribe.js';
import { timeCommand } from '../../../src/app/commands/time.js';
import { english, makeContext, type ContextSpec } from './command-context-fixture.js';
import { fakeContent, testServices } from './services-fixture.js';

async function subscribed(spec: ContextSpec = {}) {
  const s = testServices({ content: fakeContent([]) });
  await subscribeCommand.run(makeContext(s, { ...spec, canManage: true }));
  return { s, ctx: (args: string[], extra: ContextSpec = {}) => makeContext(s, { ...spec, ...extra, args }) };
}

describe('/lang', () => {
  it('asks to subscribe first on an unsubscribed chat', async () => {
    const s = testServices({ content: fakeContent([]) });
    for (const command of [langCommand, timeCommand]) {
      const reply = await command.run(makeContext(s, { args: ['hi'] }));
      expect(reply).toMatchObject({ tone: 'refused' });
      expect(english(reply)).toBe('This chat is not subscribed yet. Send /subscribe first.');
    }
  });

  it.each([
    ['hi', 'hi'], ['EN', 'en'], ['both', 'both'], ['हिंदी', 'hi'], ['english', 'en'], ['दोनों', 'both'],
  ])('sets %s → %s', async (word, language) => {
    const { s, ctx } = await subscribed();
    expect(await langCommand.run(ctx([word]))).toMatchObject({ tone: 'ok' });
    expect(s.store.subscriptions.get('telegram', '501')?.language).toBe(language);
  });

  it('shows the current language without an argument and rejects unknown ones', async () => {
    const { s, ctx } = await subscribed();
    expect(english(await langCommand.run(ctx([])))).toMatch(/^Digest language: both \(Hindi and English\)\./);
    const bad = await langCommand.run(ctx(['fr']));
    expect(bad).toMatchObject({ tone: 'error' });
    expect(english(bad)).toBe('Unknown language "fr": expected both, hi or en.');
    expect(s.store.subscriptions.get('telegram', '501')?.language).toBe('both');
  });

  it('in a group only an administrator may change it', async () => {
    const { s, ctx } = await subscribed({ chatKind: 'group', chatId: '-5' });
    expect(await langCommand.run(ctx(['en'], { canManage: false }))).toMatchObject({ tone: 'refused' });
    expect(s.store.subscriptions.get('telegram', '-5')?.language).toBe('both');
    expect(await langCommand.run(ctx(['en'], { canManage: true }))).toMatchObject({ tone: 'ok' });
    expect(s.store.subscriptions.get('telegram', '-5')?.language).toBe('en');
  });
});

describe('/time', () => {
  it.each([
    ['07:30', '07:30'], ['7:05', '07:05'], ['23:59', '23:59'], ['00:00', '00:00'], ['०८:१५', '08:15'], ['18.45', '18:45'],
  ])('sets %s → %s in the configured timezone', async (word, time) => {
    const { s, ctx } = await subscribed();
    const reply = await timeCommand.run(ctx([word]));
    expect(english(reply)).toBe(`The digest arrives every day at ${time} (Asia/Kolkata).`);
    expect(s.store.subscriptions.get('telegram', '501')?.time).toBe(time);
  });

  it.each(['24:00', '12:60', '7', '7:5', 'noon', '12:30pm', '-1:00'])('rejects %s', async (word) => {
    const { s, ctx } = await subscribed();
    const reply = await timeCommand.run(ctx([word]));
    expect(reply).toMatchObject({ tone: 'error' });
    expect(english(reply)).toContain(`Invalid time ${JSON.stringify(word)}: expected HH:MM from 00:00 to 23:59 (Asia/Kolkata)`);
    expect(s.store.subscriptions.get('telegram', '501')?.time).toBeNull();
  });

  it('/time default resets to the configured time; no argument shows it', async () => {
    const { s, ctx } = await subscribed();
    await timeCommand.run(ctx(['06:00']));
    expect(english(await timeCommand.run(ctx([])))).toMatch(/^The digest arrives every day at 06:00/);
    expect(english(await timeCommand.run(ctx(['default'])))).toBe('The digest arrives every day at 08:00 (Asia/Kolkata).');
    expect(s.store.subscriptions.get('telegram', '501')?.time).toBeNull();
  });

  it('in a group a non-administrator is refused', async () => {
    const { s, ctx } = await subscribed({ chatKind: 'group', chatId: '-5' });
    expect(await timeCommand.run(ctx(['09:00'], { canManage: false }))).toMatchObject({ tone: 'refused' });
    expect(s.store.subscriptions.get('telegram', '-5')?.time).toBeNull();
  });
});
