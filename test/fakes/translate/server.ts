import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the fake answers a request: correctly, with every number changed, a 500, a 429 with
 * Retry-After, never (until the client gives up), malformed JSON, or one translation short.
 */
export type FakeMode = 'ok' | 'wrong-numbers' | 'server-error' | 'rate-limited' | 'hang' | 'malformed' | 'short';

export interface FakeCall {
  path: string;
  body: unknown;
  authorization: string | undefined;
  mode: FakeMode;
}

export interface FakeTranslateServer {
  /** Root URL (http://127.0.0.1:PORT), without a path. */
  url: string;
  calls: FakeCall[];
  /** The mode for every request after the queued ones. */
  mode: FakeMode;
  /** Modes for the next requests, one each, before `mode` applies again. */
  queue: FakeMode[];
  /** Delay before answering, in ms (a slow provider). */
  delayMs: number;
  /** Seconds sent in Retry-After with `rate-limited`. */
  retryAfterSeconds: number;
  close(): Promise<void>;
}

/** The translation the fakes give: the test's table, else a marked echo. */
export type FakeDictionary = (hindi: string) => string;

/** Changes every digit run (22 → 23): what a careless model does to a figure. */
export const wrongNumbers = (english: string): string => english.replace(/\d+/g, (d) => String(Number(d) + 1));

export interface Protocol {
  path: string;
  /** Sentences of a valid request, or null (answered 400). */
  sentences(body: unknown): string[] | null;
  /** The success body for these translations. */
  answer(translations: string[]): unknown;
  /** A body that claims success but is broken (for `malformed`). */
  malformed(): string;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
};

/** Starts a fake translation server on 127.0.0.1 with a random port. */
export async function startFakeTranslateServer(protocol: Protocol, dictionary: FakeDictionary): Promise<FakeTranslateServer> {
  const hanging = new Set<ServerResponse>();
  const state: Omit<FakeTranslateServer, 'url' | 'close'> = { calls: [], mode: 'ok', queue: [], delayMs: 0, retryAfterSeconds: 1 };
  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, JSON.stringify({ error: 'invalid JSON body' }));
      }
      const mode = state.queue.shift() ?? state.mode;
      state.calls.push({ path: req.url ?? '', body, authorization: req.headers.authorization, mode });
      if (req.method !== 'POST' || req.url !== protocol.path) return send(res, 404, JSON.stringify({ error: 'not found' }));
      const sentences = protocol.sentences(body);
      if (!sentences) return send(res, 400, JSON.stringify({ error: 'bad request' }));
      if (mode === 'hang') {
        hanging.add(res);
        return;
      }
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      if (mode === 'server-error') return send(res, 500, JSON.stringify({ error: 'internal error' }));
      if (mode === 'rate-limited') return send(res, 429, JSON.stringify({ error: 'slow down' }), { 'retry-after': String(state.retryAfterSeconds) });
      if (mode === 'malformed') return send(res, 200, protocol.malformed());
      const translations = sentences.map(dictionary).map((t) => (mode === 'wrong-numbers' ? wrongNumbers(t) : t));
      send(res, 200, JSON.stringify(protocol.answer(mode === 'short' ? translations.slice(0, -1) : translations)));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
