import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction } from 'discord.js';
import { slashCommand } from './builders.js';
import { Failures } from './failures.js';
import { Gateway } from './gateway.js';
import { guildCreate } from './guilds.js';
import { apiError, NOT_FOUND, readBody, send, UNAUTHORIZED, type Answer } from './http.js';
import { createRouter } from './routes.js';
import { FakeState } from './state.js';
import type { Body, FakeDiscord, FakeDiscordOptions, RestCall } from './types.js';

const API_PATH = /^\/api(?:\/v\d+)?(\/.*)$/;

function settle(call: RestCall, answer: Answer): void {
  call.status = answer.status;
  call.outcome = answer.status < 400 ? 'ok' : 'error';
  const body = answer.body as { code?: unknown } | undefined;
  if (answer.status >= 400 && typeof body?.code === 'number') call.code = body.code;
}

/** Starts a fake Discord (REST under /api/v10 + gateway) on 127.0.0.1 with a random port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const state = new FakeState(options);
  for (const spec of options.guilds ?? []) state.addGuild(spec);
  const failures = new Failures();
  const route = createRouter();
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const gateway = new Gateway(state, gatewayUrl, options.heartbeatIntervalMs ?? 41_250);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = API_PATH.exec(url.pathname)?.[1];
    const match = path === undefined ? null : route(method, path);
    let body: Body = {};
    try {
      body = await readBody(req);
    } catch {
      return send(res, apiError(400, 50109, 'The request body contains invalid JSON.'));
    }
    const call: RestCall = {
      method, path: url.pathname, route: match?.route ?? `${method} ${path ?? url.pathname}`, params: match?.params ?? {},
      query: Object.fromEntries(url.searchParams), body, auth: req.headers.authorization ?? null, at: Date.now(), outcome: 'pending',
    };
    state.calls.push(call);
    const answer = (a: Answer): void => {
      settle(call, a);
      send(res, a);
      state.notify();
    };
    if (!match) return answer(NOT_FOUND);
    if (match.auth && call.auth !== `Bot ${state.token}`) return answer(UNAUTHORIZED);
    const { params } = match;
    const interaction = state.interactions.get(params['id'] ?? '') ?? state.byToken(params['token'] ?? '');
    const channelId = params['channel'] ?? interaction?.channelId;
    const failure = await failures.apply({ method, route: match.route.slice(method.length + 1), ...(channelId ? { channelId } : {}) });
    if (failure?.type === 'drop' || failure?.type === 'reset') {
      call.outcome = 'dropped';
      if (failure.type === 'reset') req.socket.resetAndDestroy();
      else req.socket.destroy();
      return state.notify();
    }
    if (failure?.type === 'answer') return answer(failure.answer);
    answer(match.handler({ state, method, params, query: call.query, body, gatewayUrl: gatewayUrl() }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, apiError(500, 0, `fake discord: ${String(error)}`)));
  });
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => gateway.upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const inChannel = (channelId?: string) => (m: { channel_id: string }) => channelId === undefined || m.channel_id === channelId;

  const fake: FakeDiscord = {
    apiRoot: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    port,
    token: state.token,
    applicationId: state.applicationId,
    botUser: state.bot,
    addGuild(spec) {
      const guild = state.addGuild(spec);
      gateway.dispatch('GUILD_CREATE', guildCreate(guild));
      return guild.id;
    },
    slashCommand(opts) {
      const guild = state.guilds.get(opts.guildId ?? '') ?? (opts.guildId ? undefined : state.guilds.values().next().value);
      return slashCommand({ applicationId: state.applicationId, ...opts }, { guild, botId: state.bot.id });
    },
    dispatchInteraction(interaction: APIInteraction, timeoutMs = 5000) {
      const channelId = interaction.channel?.id ?? interaction.channel_id ?? '';
      state.interactions.set(interaction.id, {
        id: interaction.id, token: interaction.token, channelId, dispatchedAt: Date.now(), acknowledged: false, ephemeral: false,
        ...(interaction.guild_id ? { guildId: interaction.guild_id } : {}),
      });
      if (gateway.dispatch('INTERACTION_CREATE', interaction) === 0) {
        return Promise.reject(new Error('fake discord: no identified gateway session to dispatch the interaction to'));
      }
      const first = () => state.callbacks.find((c) => c.interactionId === interaction.id);
      return state.waitUntil(first, timeoutMs, () => `a callback for interaction ${interaction.id}`);
    },
    messages: (channelId) => state.messages.filter((m) => m.source === 'channel').filter(inChannel(channelId)),
    replies: (id) => state.messages.filter((m) => m.source !== 'channel' && (id === undefined || m.interactionId === id)),
    callbacks: (id) => state.callbacks.filter((c) => id === undefined || c.interactionId === id),
    calls: (wanted) => state.calls.filter((c) => wanted === undefined || routeIs(c, wanted)),
    commands: (guildId) => state.commands.get(guildId ?? 'global') ?? [],
    gatewayLog: (op) => state.gateway.filter((g) => op === undefined || g.op === op),
    waitFor(predicate = () => true, timeoutMs = 3000) {
      const seen = () => state.messages.map((m) => `${m.source}@${m.channel_id}: ${m.content.slice(0, 40)}`).join(' | ');
      return state.waitUntil(() => state.messages.find(predicate), timeoutMs, () => `a message (so far: ${seen() || 'none'})`);
    },
    waitForCall(wanted, predicate = () => true, timeoutMs = 3000) {
      const done = (c: RestCall) => c.outcome !== 'pending' && routeIs(c, wanted) && predicate(c);
      return state.waitUntil(() => state.calls.find(done), timeoutMs, () => `a ${wanted} call`);
    },
    fail: (rule) => failures.add(rule),
    clearFailures: () => failures.clear(),
    dropGateway: (code = 4000) => gateway.drop(code),
    clearRecords() {
      state.messages = [];
      state.callbacks = [];
      state.calls = [];
      state.gateway = [];
    },
    async close() {
      failures.clear();
      gateway.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
  return fake;
}

/** 'POST /channels/:channel/messages' matches that route; '/channels/:channel/messages' any method. */
function routeIs(call: RestCall, wanted: string): boolean {
  const w = wanted.trim().toUpperCase();
  return w.includes(' ') ? call.route.toUpperCase() === w : call.route.slice(call.method.length + 1).toUpperCase() === w;
}
