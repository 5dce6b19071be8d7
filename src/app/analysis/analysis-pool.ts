import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../../core/pipeline/build-snapshot.js';
import type { SourceArticle } from '../../core/types.js';
import type { WorkerReply, WorkerRequest, WorkerTask } from './analysis-worker.js';
import type { ScanRequest, ScanResult } from './scan-content.js';

/** Scans and analyses in worker threads, so the event loop keeps answering meanwhile. */
export interface AnalysisPool {
  scan(request: ScanRequest): Promise<ScanResult>;
  /** `encoded[i]`: `analyses[i]` in the v8 serialisation format the analysis cache stores. */
  analyse(configDir: string, sources: SourceArticle[]): Promise<{ dataVersion: string; analyses: ArticleAnalysis[]; encoded: Uint8Array[] }>;
  /** Runs `work` with the workers kept between its tasks; when it ends, idle workers end at once (a
   * worker that scanned holds the archive's text until then). */
  hold<T>(work: () => Promise<T>): Promise<T>;
  /** Ends every worker; tasks in flight are rejected. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads at most (default min(2, available cores)). */
  size?: number;
  /** An idle worker ends after this long (default 1 s; its heap is given back): a worker holds the
   * compiled data and, after a scan, the archive's text until it ends. */
  idleMs?: number;
}

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (value: unknown) => void; reject: (error: Error) => void } | null;
  idle: NodeJS.Timeout | null;
}

/**
 * Workers run TypeScript through tsx: the worker is started from a two-line ESM script that
 * registers tsx's loader in the thread (tsx/esm/api) and imports analysis-worker.ts — this works
 * whether the process runs under `node --import tsx`, the tsx CLI or vitest.
 */
function startWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analysis-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const size = options.size ?? defaultPoolSize();
  const idleMs = options.idleMs ?? 1000;
  const slots: Slot[] = [];
  const queue: { task: WorkerTask; resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  let nextId = 1;
  let closed = false;
  let held = 0;

  const retire = (slot: Slot): Promise<number> => {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    if (slot.idle) clearTimeout(slot.idle);
    return slot.worker.terminate();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), busy: null, idle: null };
    slot.worker.on('message', (reply: WorkerReply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      slot.busy = null;
      if (reply.ok) busy.resolve(reply.result);
      else busy.reject(new Error(reply.error));
      pump();
    });
    // A worker that crashed (out of memory, a defect) fails its task; the next task gets a new one.
    const crashed = (error: Error): void => {
      void retire(slot);
      slot.busy?.reject(error);
      slot.busy = null;
      pump();
    };
    slot.worker.on('error', crashed);
    slot.worker.on('exit', (code) => {
      if (slot.busy) crashed(new Error(`analysis worker exited (code ${code})`));
      else void retire(slot);
    });
    slots.push(slot);
    return slot;
  };
  const pump = (): void => {
    while (queue.length > 0) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      const next = queue.shift();
      if (!next) return;
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = null;
      const id = nextId++;
      slot.busy = { id, resolve: next.resolve, reject: next.reject };
      slot.worker.ref();
      slot.worker.postMessage({ id, task: next.task } satisfies WorkerRequest);
    }
    if (held > 0) return;
    for (const slot of slots) {
      if (slot.busy || slot.idle) continue;
      // an idle worker does not keep the process alive (a CLI run ends when its work is done)
      slot.worker.unref();
      slot.idle = setTimeout(() => void retire(slot), idleMs).unref();
    }
  };
  const run = <T>(task: WorkerTask): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('analysis pool closed'));
      queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      pump();
    });

  return {
    scan: (request) => run<ScanResult>({ type: 'scan', request }),
    analyse: (configDir, sources) => run({ type: 'analyse', configDir, sources }),
    async hold(work) {
      held += 1;
      try {
        return await work();
      } finally {
        held -= 1;
        // the build is done when its workers are gone (their memory is given back before it returns)
        if (held === 0) await Promise.all(slots.filter((s) => !s.busy).map(retire));
        pump();
      }
    },
    async close() {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new Error('analysis pool closed'));
      const all = slots.splice(0);
      for (const slot of all) {
        if (slot.idle) clearTimeout(slot.idle);
        slot.busy?.reject(new Error('analysis pool closed'));
        slot.busy = null;
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
