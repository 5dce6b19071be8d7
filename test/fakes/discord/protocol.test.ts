import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord, type FakeDiscord } from './index.js';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 1000, ackDeadlineMs: 200, guilds: [{ id: '1400000000000000000' }] });
});
afterEach(() => fake.close());

async function api(method: string, path: string, body?: unknown, auth = true): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers['authorization'] = `Bot ${fake.token}`;
  const res = await fetch(`${fake.apiRoot}/v10${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
}

const errorAt = (json: unknown): unknown => (json as { errors?: unknown }).errors;

describe('REST protocol details', () => {
  it('answers unknown routes and bad auth like Discord', async () => {
    expect(await api('GET', '/nowhere')).toEqual({ status: 404, json: { code: 0, message: '404: Not Found' } });
    expect(await api('GET', '/users/@me', undefined, false)).toMatchObject({ status: 401, json: { code: 0 } });
    expect((await api('GET', '/gateway/bot')).json).toMatchObject({ url: fake.gatewayUrl, shards: 1 });
  });

  it.each([
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, { embeds: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } }],
    ['26 fields', { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, { embeds: { 0: { fields: { _errors: [{}] } } } }],
    ['field value 1025', { embeds: [{ fields: [{ name: 'n', value: 'व'.repeat(1025) }] }] }, { embeds: { 0: { fields: { 0: { value: {} } } } } }],
    ['empty field name', { embeds: [{ fields: [{ name: '', value: 'v' }] }] }, { embeds: { 0: { fields: { 0: { name: { _errors: [{ code: 'BASE_TYPE_REQUIRED' }] } } } } } }],
    ['footer 2049', { embeds: [{ footer: { text: 'f'.repeat(2049) } }] }, { embeds: { 0: { footer: { text: {} } } } }],
    ['description 4097', { embeds: [{ description: 'd'.repeat(4097) }] }, { embeds: { 0: { description: {} } } }],
  ])('rejects %s with code 50035 at the right path', async (_, body, errors) => {
    const { status, json } = await api('POST', '/channels/1400000000000000009/messages', body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    expect(errorAt(json)).toMatchObject(errors);
  });

  it('accepts a message exactly at the limits (code points, not bytes)', async () => {
    const fields = Array.from({ length: 25 }, () => ({ name: 'न', value: 'ह'.repeat(100) }));
    const { status } = await api('POST', '/channels/1400000000000000009/messages', {
      content: 'क'.repeat(2000), embeds: [{ title: 'श'.repeat(256), description: 'द'.repeat(3219), fields }],
    });
    expect(status).toBe(200);
  });

  it('computes pings from content and allowed_mentions', async () => {
    await api('POST', '/channels/1/messages', { content: '@here <@100000000000000001> <@&100000000000000002>' });
    await api('POST', '/channels/1/messages', {
      content: '@everyone <@100000000000000001> <@!100000000000000003>',
      allowed_mentions: { parse: [], users: ['100000000000000003'] },
    });
    const [open, limited] = fake.messages('1');
    expect(open?.pings).toEqual({ everyone: true, users: ['100000000000000001'], roles: ['100000000000000002'] });
    expect(limited?.pings).toEqual({ everyone: false, users: ['100000000000000003'], roles: [] });
  });

  it('rejects unknown, duplicate and late interaction callbacks', async () => {
    const interaction = fake.slashCommand({ name: 'digest' });
    const reply = { type: 4, data: { content: 'ok' } };
    const url = `/interactions/${interaction.id}/${interaction.token}/callback`;
    expect(await api('POST', url, reply, false)).toMatchObject({ status: 404, json: { code: 10062 } });
    await expect(fake.dispatchInteraction(interaction)).rejects.toThrow(/no identified gateway session/);
    expect(await api('POST', url, reply, false)).toMatchObject({ status: 204 });
    expect(await api('POST', url, reply, false)).toMatchObject({ status: 400, json: { code: 40060 } });
    const late = fake.slashCommand({ name: 'digest' });
    await fake.dispatchInteraction(late, 10).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const lateUrl = `/interactions/${late.id}/${late.token}/callback`;
    expect(await api('POST', lateUrl, reply, false)).toMatchObject({ status: 404, json: { code: 10062 } });
  });
});

function open(query = '?v=10&encoding=json'): { ws: WebSocket; next: () => Promise<{ op: number; t?: string; d: unknown }>; closed: Promise<number> } {
  const ws = new WebSocket(`${fake.gatewayUrl}${query}`);
  const queue: { op: number; t?: string; d: unknown }[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    queue.push(JSON.parse(String(data)) as { op: number; d: unknown });
    waiters.shift()?.();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const next = async () => {
    while (queue.length === 0) await new Promise<void>((resolve) => waiters.push(resolve));
    return queue.shift() ?? { op: -1, d: null };
  };
  return { ws, next, closed };
}

describe('gateway protocol', () => {
  it('sends HELLO, ACKs heartbeats, answers IDENTIFY with READY and GUILD_CREATE', async () => {
    const { ws, next } = open();
    expect(await next()).toMatchObject({ op: 10, d: { heartbeat_interval: 1000 } });
    ws.send(JSON.stringify({ op: 1, d: null }));
    expect(await next()).toMatchObject({ op: 11 });
    ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {} } }));
    expect(await next()).toMatchObject({ op: 0, t: 'READY', d: { guilds: [{ id: '1400000000000000000', unavailable: true }] } });
    expect(await next()).toMatchObject({ op: 0, t: 'GUILD_CREATE', d: { id: '1400000000000000000', unavailable: false } });
    fake.addGuild({ id: '1400000000000000100', name: 'late' });
    expect(await next()).toMatchObject({ t: 'GUILD_CREATE', d: { name: 'late' } });
    ws.close();
  });

  it.each([
    ['a wrong token', '?v=10&encoding=json', { op: 2, d: { token: 'nope' } }, 4004],
    ['etf encoding', '?v=10&encoding=etf', null, 4002],
    ['zlib-stream', '?v=10&encoding=json&compress=zlib-stream', null, 4002],
  ])('closes the socket for %s', async (_, query, payload, code) => {
    const { ws, closed } = open(query);
    ws.on('open', () => payload && ws.send(JSON.stringify(payload)));
    expect(await closed).toBe(code);
  });
});
