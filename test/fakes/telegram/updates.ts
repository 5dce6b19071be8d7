import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { NewUpdate, Params } from './types.js';

/** Update types Telegram leaves out unless allowed_updates names them. */
const OPT_IN = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

interface Parked {
  wake(): void;
}

export interface PollRequest {
  offset?: number;
  limit?: number;
  /** Seconds, as in the Bot API. */
  timeout?: number;
  allowed_updates?: string[];
}

function updateType(update: Update): string {
  return Object.entries(update).find(([k, v]) => k !== 'update_id' && v !== undefined)?.[0] ?? '';
}

function num(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function pollRequest(params: Params): PollRequest {
  const allowed = params['allowed_updates'];
  return {
    offset: num(params['offset']),
    limit: num(params['limit']),
    timeout: num(params['timeout']),
    allowed_updates: Array.isArray(allowed) ? allowed.map(String) : undefined,
  };
}

/** The bot's pending updates and the getUpdates long polls parked on them. */
export class UpdateQueue {
  private updates: Update[] = [];
  private nextId = 1;
  private allowed: ReadonlySet<string> | null = null;
  private readonly parked = new Set<Parked>();
  private closed = false;

  constructor(private readonly capMs: number) {}

  push(input: NewUpdate): Update {
    const update_id = input.update_id ?? this.nextId;
    this.nextId = Math.max(this.nextId, update_id + 1);
    const update = { ...input, update_id } as Update;
    this.updates.push(update);
    for (const p of [...this.parked]) p.wake();
    return update;
  }

  pending(): number {
    return this.updates.length;
  }

  clear(): void {
    this.updates = [];
  }

  /** Confirms updates below `offset` and returns what is ready now (without waiting). */
  take(req: PollRequest): Update[] {
    const offset = req.offset ?? 0;
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    if (offset < 0) this.updates = this.updates.slice(offset);
    if (req.allowed_updates !== undefined) {
      this.allowed = req.allowed_updates.length > 0 ? new Set(req.allowed_updates) : null;
    }
    this.updates = this.updates.filter((u) => {
      const type = updateType(u);
      return this.allowed ? this.allowed.has(type) : !OPT_IN.has(type);
    });
    const limit = Math.min(Math.max(req.limit ?? 100, 1), 100);
    return this.updates.slice(0, limit);
  }

  /**
   * getUpdates: answers at once when updates are ready, else parks until an update is pushed,
   * the (capped) timeout ends, the client goes away (`res` close) or the fake closes.
   */
  poll(req: PollRequest, res: ServerResponse): Promise<Update[]> {
    const ready = this.take(req);
    const waitMs = Math.min(Math.max(req.timeout ?? 0, 0) * 1000, this.capMs);
    if (ready.length > 0 || waitMs <= 0 || this.closed) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const finish = (force: boolean): void => {
        const ready = this.take({ ...req, allowed_updates: undefined });
        if (ready.length === 0 && !force && !this.closed) return;
        clearTimeout(timer);
        this.parked.delete(parked);
        res.off('close', onClose);
        resolve(ready);
      };
      const onClose = (): void => finish(true);
      const parked: Parked = { wake: () => finish(false) };
      const timer = setTimeout(onClose, waitMs);
      this.parked.add(parked);
      res.on('close', onClose);
    });
  }

  parkedCount(): number {
    return this.parked.size;
  }

  /** Ends every parked long poll (they answer with what is ready, usually []). */
  closeAll(): void {
    this.closed = true;
    for (const p of [...this.parked]) p.wake();
  }
}
