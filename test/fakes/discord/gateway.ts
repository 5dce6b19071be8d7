import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayOpcodes as Op, type ApplicationFlags, type GatewayReadyDispatchData } from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { guildCreate } from './guilds.js';
import type { FakeState } from './state.js';

interface Session {
  ws: WebSocket;
  query: Record<string, string>;
  seq: number;
  sessionId?: string;
}

/** The gateway side of the fake: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatches. */
export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  private readonly issued = new Set<string>();
  private closing = false;

  constructor(
    private readonly state: FakeState,
    private readonly url: () => string,
    private readonly heartbeatMs: number,
  ) {}

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws, req));
  }

  private connect(ws: WebSocket, req: IncomingMessage): void {
    const query = Object.fromEntries(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    const session: Session = { ws, query, seq: 0 };
    this.sessions.add(session);
    ws.on('close', () => this.sessions.delete(session));
    ws.on('error', () => this.sessions.delete(session));
    if (query['v'] !== undefined && query['v'] !== '10' && query['v'] !== '9') return ws.close(4012, 'Invalid API version');
    if ((query['encoding'] ?? 'json') !== 'json' || query['compress'] !== undefined) {
      return ws.close(4002, 'fake discord: only encoding=json without compression');
    }
    ws.on('message', (data) => this.receive(session, data));
    this.send(session, { op: Op.Hello, d: { heartbeat_interval: this.heartbeatMs, _trace: ['fake-discord'] } });
  }

  private send(session: Session, payload: object): void {
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify(payload));
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    this.send(session, { op: Op.Dispatch, t, s: session.seq, d });
  }

  private receive(session: Session, data: RawData): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
    } catch {
      return session.ws.close(4002, 'Error while decoding payload.');
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    const d = (payload.d ?? null) as Record<string, unknown> | null;
    this.state.gateway.push({ op, d, at: Date.now(), query: session.query });
    this.state.notify();
    if (op === Op.Heartbeat) return this.send(session, { op: Op.HeartbeatAck });
    if (op === Op.Identify) return this.identify(session, d);
    if (op === Op.Resume) return this.resume(session, d);
    if (op < 0) session.ws.close(4001, 'Unknown opcode.');
  }

  private identify(session: Session, d: Record<string, unknown> | null): void {
    if (session.sessionId) return session.ws.close(4005, 'Already authenticated.');
    if (d?.['token'] !== this.state.token) return session.ws.close(4004, 'Authentication failed.');
    if (d['compress'] === true) return session.ws.close(4002, 'fake discord: identify compression is not supported');
    session.sessionId = this.state.nextId();
    this.issued.add(session.sessionId);
    const ready: GatewayReadyDispatchData = {
      v: 10, user: this.state.bot, session_id: session.sessionId, resume_gateway_url: this.url(), shard: [0, 1],
      guilds: [...this.state.guilds.keys()].map((id) => ({ id, unavailable: true })),
      application: { id: this.state.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.sendDispatch(session, 'READY', ready);
    for (const guild of this.state.guilds.values()) this.sendDispatch(session, 'GUILD_CREATE', guildCreate(guild));
  }

  private resume(session: Session, d: Record<string, unknown> | null): void {
    const id = d?.['session_id'];
    if (d?.['token'] !== this.state.token || typeof id !== 'string' || !this.issued.has(id)) {
      return this.send(session, { op: Op.InvalidSession, d: false });
    }
    session.sessionId = id;
    session.seq = typeof d['seq'] === 'number' ? d['seq'] : 0;
    this.sendDispatch(session, 'RESUMED', null);
  }

  /** Sends a dispatch to every identified session; returns how many got it. */
  dispatch(t: string, d: unknown): number {
    const ready = [...this.sessions].filter((s) => s.sessionId !== undefined && s.ws.readyState === s.ws.OPEN);
    for (const session of ready) this.sendDispatch(session, t, d);
    return ready.length;
  }

  drop(code: number): void {
    for (const session of this.sessions) session.ws.close(code, 'fake discord: dropped');
  }

  close(): void {
    this.closing = true;
    for (const session of this.sessions) session.ws.terminate();
    this.sessions.clear();
    this.wss.close();
  }
}
