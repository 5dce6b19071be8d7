import {
  ChannelType, Client, DiscordAPIError, Events, GatewayIntentBits, GatewayOpcodes, MessageFlags,
  PermissionFlagsBits as P, Routes, type APIMessage, type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './discord/index.js';

const GUILD = '1300000000000000000';
const NEWS = '1300000000000000001';
const LOCKED = '1300000000000000002';
const ADMIN = '1300000000000000010';
const READER = '1300000000000000011';
const MODS = '1300000000000000020';

function newClient(fake: FakeDiscord): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiRoot, retries: 2, timeout: 5000 },
    allowedMentions: { parse: [] },
  });
}

async function login(client: Client, fake: FakeDiscord): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
}

describe('fake Discord driven by a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let responded: string | undefined;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guilds: [{
        id: GUILD, name: 'खबर टेस्ट', ownerId: ADMIN,
        roles: [{ id: MODS, name: 'mods', permissions: P.ManageChannels }],
        channels: [{ id: NEWS, name: 'news' }, { id: LOCKED, name: 'locked',
          permissionOverwrites: [{ id: GUILD, type: 0, allow: '0', deny: P.SendMessages.toString() }] }],
        members: [{ user: { id: ADMIN, username: 'admin' } }, { user: { id: READER, username: 'reader' }, roles: [MODS] }],
      }],
    });
    client = newClient(fake);
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'defer') {
        void (async () => {
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          await interaction.editReply({ content: 'तैयार' });
          await interaction.followUp({ content: 'और भी' });
        })();
        return;
      }
      if (interaction.commandName === 'respond') {
        void interaction.reply({ content: 'सीधा', withResponse: true }).then((r) => (responded = r.resource?.message?.content));
        return;
      }
      const channel = interaction.options.getChannel('channel');
      const manage = interaction.memberPermissions?.has(P.ManageChannels) ?? false;
      void interaction.reply({
        embeds: [{ title: 'डाइजेस्ट', description: `manage=${manage} channel=${channel?.name ?? '-'}` }],
        flags: MessageFlags.Ephemeral,
      });
    });
    await login(client, fake);
  });

  afterAll(async () => {
    await client.destroy();
    await fake.close();
  });

  it('reaches READY with the configured guild, channels, roles and gateway query', async () => {
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect((await client.application?.fetch())?.name).toBe(fake.botUser.username);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('खबर टेस्ट');
    expect(guild?.channels.cache.get(NEWS)?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.cache.get(READER)?.permissions.has(P.ManageChannels)).toBe(true);
    expect(guild?.members.me?.permissionsIn(LOCKED).has(P.SendMessages)).toBe(false);
    const [identify] = fake.gatewayLog(GatewayOpcodes.Identify);
    expect(identify?.query).toMatchObject({ v: '10', encoding: 'json' });
    expect(identify?.query['compress']).toBeUndefined();
    expect(fake.calls('GET /gateway/bot')).toHaveLength(1);
  });

  it('records an ephemeral embed reply to a slash command with permissions and a channel option', async () => {
    const interaction = fake.slashCommand({ name: 'subscribe', options: { channel: { channel: NEWS } }, user: { id: READER } });
    expect(interaction.member.permissions).toBe(String(BigInt(interaction.member.permissions) | P.ManageChannels));
    const callback = await fake.dispatchInteraction(interaction);
    expect(callback).toMatchObject({ type: 4, ephemeral: true });
    const [reply] = fake.replies(interaction.id);
    expect(reply?.embeds[0]).toMatchObject({ title: 'डाइजेस्ट', description: 'manage=true channel=news' });
    expect(reply?.channel_id).toBe(NEWS);
  });

  it('reports a member without Manage Channels', async () => {
    const interaction = fake.slashCommand({ name: 'subscribe', user: { id: '1300000000000000099' } });
    await fake.dispatchInteraction(interaction);
    expect(fake.replies(interaction.id)[0]?.embeds[0]?.description).toBe('manage=false channel=-');
  });

  it('records a deferred reply, its edit and a follow-up', async () => {
    const interaction = fake.slashCommand({ name: 'defer' });
    expect(await fake.dispatchInteraction(interaction)).toMatchObject({ type: 5, ephemeral: true });
    await fake.waitFor((m) => m.source === 'followup' && m.interactionId === interaction.id);
    const replies = fake.replies(interaction.id);
    expect(replies.map((r) => [r.source, r.content, r.ephemeral])).toEqual([['edit', 'तैयार', true], ['followup', 'और भी', false]]);
  });

  it('answers a callback with with_response=true', async () => {
    const interaction = fake.slashCommand({ name: 'respond', channelId: NEWS });
    await fake.dispatchInteraction(interaction);
    await expect.poll(() => responded).toBe('सीधा');
    expect(fake.calls('POST /interactions/:id/:token/callback').at(-1)?.query).toEqual({ with_response: 'true' });
  });

  it('records channel messages and neutralises mentions with the client default', async () => {
    await client.rest.post(Routes.channelMessages(NEWS), { body: { content: 'नमस्ते', embeds: [{ title: 'शीर्षक' }] } });
    const channel = client.channels.cache.get(NEWS) as TextChannel;
    const sent = await channel.send({ content: `@everyone देखें <@${READER}>` });
    expect(sent.id).toMatch(/^\d+$/);
    const [first, second] = fake.messages(NEWS);
    expect(first).toMatchObject({ content: 'नमस्ते', embeds: [{ title: 'शीर्षक' }] });
    expect(first?.pings).toEqual({ everyone: false, users: [], roles: [] });
    expect(second?.allowed_mentions).toEqual({ parse: [] });
    expect(second?.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('records bulk command overwrites, global and per guild, and rejects bad names', async () => {
    const commands = [{ name: 'digest', description: 'Today', description_localizations: { hi: 'आज का सार' } }];
    const global = await client.application?.commands.set(commands);
    expect(global?.first()?.id).toMatch(/^\d+$/);
    await client.application?.commands.set([...commands, { name: 'event', description: 'Events' }], GUILD);
    expect(fake.commands().map((c) => c.name)).toEqual(['digest']);
    expect(fake.commands(GUILD).map((c) => c.name)).toEqual(['digest', 'event']);
    expect(fake.commands()[0]?.description_localizations).toEqual({ hi: 'आज का सार' });
    const bad = client.rest.put(Routes.applicationCommands(fake.applicationId), { body: [{ name: 'Bad Name', description: 'x' }] });
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it('retries a 429 with retry_after 0.5 and then succeeds', async () => {
    const rule = fake.fail({ kind: 'rate-limit', route: 'POST /channels/:channel/messages', retryAfter: 0.5 });
    const started = Date.now();
    const message = (await client.rest.post(Routes.channelMessages(NEWS), { body: { content: 'बाद में' } })) as APIMessage;
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(rule.hits).toBe(1);
    expect(message.content).toBe('बाद में');
    const attempts = fake.calls('POST /channels/:channel/messages').filter((c) => c.body['content'] === 'बाद में');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  it('waits out a global 429 before the next request', async () => {
    fake.fail({ kind: 'rate-limit', route: 'GET /channels/:channel', retryAfter: 0.3, global: true });
    const started = Date.now();
    await client.rest.get(Routes.channel(NEWS));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.calls('GET /channels/:channel').map((c) => c.status)).toEqual([429, 200]);
  });

  it('surfaces 403 and 404 as DiscordAPIError and enforces channel permissions', async () => {
    fake.fail({ kind: 'missing-permissions', channelId: NEWS });
    const denied = await client.rest.post(Routes.channelMessages(NEWS), { body: { content: 'x' } }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(DiscordAPIError);
    expect(denied).toMatchObject({ status: 403, code: 50013 });
    fake.fail({ kind: 'unknown-channel', route: '/channels/:channel/messages' });
    await expect(client.rest.post(Routes.channelMessages(NEWS), { body: { content: 'x' } })).rejects.toMatchObject({ status: 404, code: 10003 });
    await expect(client.rest.post(Routes.channelMessages(LOCKED), { body: { content: 'x' } })).rejects.toMatchObject({ status: 403, code: 50013 });
  });

  it('rejects embed limit violations with 400 Invalid Form Body', async () => {
    const post = (body: object) => client.rest.post(Routes.channelMessages(NEWS), { body });
    await expect(post({ embeds: [{ title: 'त'.repeat(257) }] })).rejects.toMatchObject({
      status: 400, code: 50035, rawError: { errors: { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    });
    const big = Array.from({ length: 2 }, () => ({ description: 'क'.repeat(3500) }));
    await expect(post({ embeds: big })).rejects.toMatchObject({ rawError: { errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } } });
    await expect(post({ content: 'a'.repeat(2001) })).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(post({ content: '' })).rejects.toMatchObject({ status: 400, code: 50006 });
  });

  it('retries 5xx and reset connections, fails on a drop, serves guild reads and 404s unknown routes', async () => {
    fake.fail({ kind: 'server-error', status: 502, route: 'GET /channels/:channel' });
    fake.fail({ kind: 'reset', route: 'GET /guilds/:guild/roles' });
    fake.fail({ kind: 'drop', route: 'GET /guilds/:guild' });
    await expect(client.rest.get(Routes.guild(GUILD))).rejects.toThrow(/other side closed/);
    expect(await client.rest.get(Routes.channel(NEWS))).toMatchObject({ id: NEWS, guild_id: GUILD, type: 0 });
    expect(await client.rest.get(Routes.guildRoles(GUILD))).toEqual(expect.arrayContaining([expect.objectContaining({ id: MODS })]));
    expect(await client.rest.get(Routes.guildMember(GUILD, READER))).toMatchObject({ roles: [MODS] });
    await expect(client.rest.get(Routes.guildMember(GUILD, '1'))).rejects.toMatchObject({ status: 404, code: 10007 });
    await expect(client.rest.get('/nope')).rejects.toMatchObject({ status: 404, code: 0 });
  });

  it('resumes after the gateway drops the connection', async () => {
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.dropGateway(4000);
    await resumed;
    expect(fake.gatewayLog(GatewayOpcodes.Resume)).toHaveLength(1);
  });
});
