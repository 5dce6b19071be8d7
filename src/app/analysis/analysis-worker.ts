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
        port.postMessage({ id, ok: true, result: analysers.analyse(task.configDir, task.sources) } satisfies WorkerReply);
      }
    } catch (error) {
      port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
