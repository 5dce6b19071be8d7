import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readParams } from './body.js';
import { Failures } from './failures.js';
import { commandsKey, findHandler } from './methods.js';
import { RateEnforcer } from './rate-limits.js';
import { badRequest, NOT_FOUND, UNAUTHORIZED, type MethodResult } from './result.js';
import { DEFAULT_TOKEN, FakeState } from './state.js';
import type { ApiCall, FakeTelegram, FakeTelegramOptions, Params, SentMessage } from './types.js';
import { UpdateQueue } from './updates.js';

const ROUTE = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/;

function reply(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function settle(call: ApiCall, result: MethodResult): void {
  call.outcome = result.ok ? 'ok' : 'error';
  call.status = result.ok ? 200 : result.error_code;
  if (!result.ok) call.description = result.description;
}

/** Starts a fake Telegram Bot API server on 127.0.0.1 with a random port. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? DEFAULT_TOKEN;
  const allowed = options.tokens ? new Set([token, ...options.tokens]) : null;
  const state = new FakeState(token, options);
  const queue = new UpdateQueue(options.longPollCapMs ?? 5000);
  const failures = new Failures();
  const limits = options.rateLimits ? new RateEnforcer(options.rateLimits === true ? {} : options.rateLimits) : null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = ROUTE.exec(url.pathname);
    if (!route) return reply(res, 404, JSON.stringify(NOT_FOUND));
    const [, callToken = '', method = ''] = route;
    state.tokensSeen.add(callToken);
    let params: Params;
    try {
      params = await readParams(req, url);
    } catch (error) {
      return reply(res, 400, JSON.stringify(badRequest(`invalid request body: ${String(error)}`)));
    }
    const call: ApiCall = { method, params, token: callToken, at: Date.now(), outcome: 'pending' };
    state.callLog.push(call);
    const answer = (result: MethodResult): void => {
      settle(call, result);
      if (res.destroyed) call.outcome = 'dropped';
      reply(res, result.ok ? 200 : result.error_code, JSON.stringify(result));
      state.notify();
    };
    if (allowed && !allowed.has(callToken)) return answer(UNAUTHORIZED);
    const handler = findHandler(method);
    if (!handler) return answer(NOT_FOUND);
    const failure = await failures.apply(method, params);
    if (failure?.type === 'drop') {
      call.outcome = 'dropped';
      req.socket.destroy();
      return state.notify();
    }
    if (failure?.type === 'reply') return answer(failure.body);
    if (failure?.type === 'html') {
      Object.assign(call, { outcome: 'error', status: failure.status, description: 'HTML error page' });
      reply(res, failure.status, failure.body, 'text/html');
      return state.notify();
    }
    const refused = limits?.check(method, params);
    if (refused) return answer(refused);
    const result = await handler({ state, queue, params, token: callToken, res });
    if (failure?.type === 'drop-after') {
      settle(call, result);
      call.outcome = 'dropped';
      req.socket.destroy();
      return state.notify();
    }
    answer(result);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      reply(res, 500, JSON.stringify({ ok: false, error_code: 500, description: `fake telegram: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const matching = (chatId?: number | string) => (m: SentMessage) =>
    chatId === undefined || String(m.chat_id) === String(chatId);

  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    token,
    botInfo: state.bot,
    tokensSeen: state.tokensSeen,
    pushUpdate(update) {
      const pushed = queue.push(update);
      state.learn(pushed);
      return pushed;
    },
    pendingUpdates: () => queue.pending(),
    sent: (chatId) => state.sentMessages.filter(matching(chatId)),
    calls: (method) =>
      state.callLog.filter((c) => method === undefined || c.method.toLowerCase() === method.toLowerCase()),
    waitFor(predicate = () => true, timeoutMs = 3000) {
      const seen = () => state.sentMessages.map((m) => `${String(m.chat_id)}: ${m.plainText.slice(0, 60)}`).join(' | ');
      return state.waitUntil(() => state.sentMessages.find(predicate), timeoutMs, () => `a sent message (sent so far: ${seen() || 'none'})`);
    },
    waitForCall(method, predicate = () => true, timeoutMs = 3000) {
      const done = (c: ApiCall) => c.outcome !== 'pending' && c.method.toLowerCase() === method.toLowerCase() && predicate(c);
      return state.waitUntil(() => state.callLog.find(done), timeoutMs, () => `a ${method} call`);
    },
    fail: (rule) => failures.add(rule),
    clearFailures: () => failures.clear(),
    setChatMember(chatId, userId, status) {
      state.members.set(`${String(chatId)}:${userId}`, status);
    },
    setChat(chat) {
      state.chats.set(String(chat.id), chat);
    },
    commands: (scope, languageCode) => state.commands.get(commandsKey(scope, languageCode)) ?? [],
    rateLimited: () => ({ ...(limits?.refused ?? { global: 0, chat: 0, group: 0 }) }),
    clearRecords() {
      state.sentMessages = [];
      state.callLog = [];
    },
    async close() {
      queue.closeAll();
      failures.clear();
      await new Promise((resolve) => setImmediate(resolve));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
  return fake;
}
