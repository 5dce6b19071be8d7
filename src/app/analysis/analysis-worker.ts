import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { SourceArticle } from '../../core/types.js';
import { createAnalyserCache, scanContent, type ScanRequest } from './scan-content.js';

/** What the pool asks a worker (see analysis-pool.ts). */
export type WorkerTask =
  | { type: 'scan'; request: ScanRequest }
  | { type: 'analyse'; configDir: string; sources: SourceArticle[] };

export interface WorkerRequest {
  id: number;
  task: WorkerTask;
}

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Worker thread entry: scans and analyses on request, keeping its compiled data between tasks. */
const port = parentPort;
if (port) {
  const analysers = createAnalyserCache();
  port.on('message', ({ id, task }: WorkerRequest) => {
    try {
      if (task.type === 'scan') {
        const { scan, data } = scanContent(task.request);
        analysers.seed(scan.dataVersion, data);
        port.postMessage({ id, ok: true, result: scan } satisfies WorkerReply);
      } else {
        // each analysis also goes back encoded for the cache (made here and moved, not copied: encoding
        // 10k analyses in the main thread left ~100 MB of freed but resident buffers there)
        const result = analysers.analyse(task.configDir, task.sources);
        const encoded = result.analyses.map((analysis) => {
          const bytes = serialize(analysis);
          // moved only when the bytes own their whole buffer (never a slice of a shared pool)
          const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
          return own ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : Uint8Array.from(bytes);
        });
        port.postMessage({ id, ok: true, result: { ...result, encoded } } satisfies WorkerReply, encoded.map((bytes) => bytes.buffer));
      }
    } catch (error) {
      port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
