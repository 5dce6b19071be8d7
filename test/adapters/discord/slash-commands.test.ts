import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSlashCommands, inviteUrl } from '../../../src/adapters/discord/slash-commands.js';
import { createCommands } from '../../../src/app/commands/run-command.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { cli } from '../../helpers/run-cli.js';

/** Discord's rule for command and option names (localised ones included). */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const commands = buildSlashCommands();
const byName = new Map(commands.map((c) => [c.name, c]));

describe('buildSlashCommands', () => {
  it('maps every neutral command but /start, in the same order', () => {
    const neutral = createCommands().map((c) => c.name).filter((n) => n !== 'start');
    expect(commands.map((c) => c.name)).toEqual(neutral);
  });

  it.each(commands.map((c) => [c.name, c] as const))('/%s has English and Hindi names and descriptions', (_, command) => {
    expect(command.name).toMatch(NAME);
    expect(command.name_localizations?.hi).toMatch(NAME);
    expect(command.name_localizations?.hi).toMatch(/\p{sc=Deva}/u);
    expect(command.description.length).toBeLessThanOrEqual(100);
    expect(command.description_localizations?.hi).toMatch(/\p{sc=Deva}/u);
    expect(command.description_localizations?.hi?.length).toBeLessThanOrEqual(100);
    for (const option of command.options ?? []) {
      expect(option.name_localizations?.hi).toMatch(NAME);
      expect(option.description_localizations?.hi).toMatch(/\S/);
    }
  });

  it('Manage Channels by default for subscription settings, Manage Server for admin commands, none for the rest', () => {
    const perms = Object.fromEntries(commands.map((c) => [c.name, c.default_member_permissions ?? null]));
    const channels = String(PermissionFlagsBits.ManageChannels);
    const server = String(PermissionFlagsBits.ManageGuild);
    expect(perms).toEqual({
      help: null, subscribe: channels, unsubscribe: channels, digest: null, event: null, lang: channels, time: channels,
      reload: server, status: server, publish: server,
    });
  });

  it('options: optional channel (text/announcement), required date, language choices in Hindi too', () => {
    for (const name of ['subscribe', 'unsubscribe', 'lang', 'time']) {
      expect(byName.get(name)?.options?.find((o) => o.name === 'channel')).toMatchObject({ type: 7, required: false, channel_types: [0, 5] });
    }
    expect(byName.get('event')?.options).toMatchObject([{ name: 'date', type: 3, required: true }]);
    const language = byName.get('lang')?.options?.find((o) => o.name === 'language') as { choices?: { value: string; name_localizations?: { hi?: string } }[] };
    expect(language.choices?.map((c) => [c.value, c.name_localizations?.hi])).toEqual([['both', 'हिंदी और अंग्रेज़ी'], ['hi', 'हिंदी'], ['en', 'अंग्रेज़ी']]);
  });

  it('the invite link asks for View Channel, Send Messages and Embed Links only', () => {
    const url = new URL(inviteUrl('1000000000000000000'));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(BigInt(url.searchParams.get('permissions') ?? '0')).toBe(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks);
  });
});

describe('npm run cli -- discord-register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: [{ id: '1400000000000000000' }] });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake.close();
  });
  const env = (token: string, app: string): void => {
    vi.stubEnv('DISCORD_TOKEN', token);
    vi.stubEnv('DISCORD_APPLICATION_ID', app);
    vi.stubEnv('DISCORD_API_ROOT', fake.apiRoot);
  };

  it('bulk-overwrites the global commands, then one server with --guild', async () => {
    env(fake.token, fake.applicationId);
    const global = await cli('discord-register');
    expect(global).toMatchObject({ code: 0, stderr: '' });
    expect(global.stdout).toContain('registered 10 slash commands for all servers');
    expect(global.stdout).toContain(`client_id=${fake.applicationId}`);
    expect(fake.commands().map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(fake.commands().find((c) => c.name === 'event')?.name_localizations).toEqual({ hi: 'घटना' });
    const guild = await cli('discord-register', '--guild', '1400000000000000000');
    expect(guild.code).toBe(0);
    expect(fake.commands('1400000000000000000')).toHaveLength(10);
  });

  it.each([
    ['', '1000000000000000000', 'DISCORD_TOKEN is not set'],
    ['MTAwMDAwMDAwMDAwMDAwMDAw.FAKE.discord-bot-token', '', 'DISCORD_APPLICATION_ID is not set'],
    ['short', '1000000000000000000', 'DISCORD_TOKEN: expected a Discord bot token'],
  ])('token %j, application %j → exit 2, one line, no stack', async (token, app, message) => {
    env(token, app);
    const result = await cli('discord-register');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a token Discord refuses → exit 1 with the API error', async () => {
    env('MTAwMDAwMDAwMDAwMDAwMDAw.WRONG.discord-bot-token', fake.applicationId);
    const result = await cli('discord-register');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^khabar: discord-register failed: 401/);
  });
});
