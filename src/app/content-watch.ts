import { watch, type FSWatcher } from 'node:fs';

export interface ContentWatchOptions {
  dir: string;
  /** Folder events on (default); off leaves only the rescan. */
  watch?: boolean;
  /** Quiet time after the last change before a reload (default 1500 ms)… */
  debounceMs?: number;
  /** …but a folder that never stops changing still reloads this often (default 10 s). */
  maxWaitMs?: number;
  /** Full rescan period for filesystems without change events; 0 = off. */
  rescanMs: number;
  /** Asked to reload: `watch` after file events settle, `rescan` on the timer. */
  onChange: (reason: 'watch' | 'rescan') => void;
  /** The folder cannot be watched (no recursive watch here, inotify limit …): the rescan remains. */
  onWatchError?: (error: Error) => void;
}

/**
 * Watches the content folder (fs.watch, recursive) and asks for a reload once events settle, plus
 * a periodic rescan as the fallback. A reload it asks for is an ordinary reload: a broken folder
 * keeps the old snapshot serving. Nothing here keeps the process alive.
 */
export function watchContent(options: ContentWatchOptions): { stop(): void } {
  const debounceMs = options.debounceMs ?? 1500;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  let timer: NodeJS.Timeout | null = null;
  let firstEventAt = 0;
  let watcher: FSWatcher | null = null;
  const fire = (): void => {
    timer = null;
    firstEventAt = 0;
    options.onChange('watch');
  };
  const changed = (): void => {
    const now = Date.now();
    if (firstEventAt === 0) firstEventAt = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - now));
    timer = setTimeout(fire, wait).unref();
  };
  const failed = (error: unknown): void => {
    watcher?.close();
    watcher = null;
    options.onWatchError?.(error instanceof Error ? error : new Error(String(error)));
  };
  if (options.watch !== false) {
    try {
      watcher = watch(options.dir, { recursive: true, persistent: false }, changed);
      watcher.on('error', failed);
    } catch (error) {
      failed(error);
    }
  }
  const rescan = options.rescanMs > 0 ? setInterval(() => options.onChange('rescan'), options.rescanMs).unref() : null;
  return {
    stop() {
      watcher?.close();
      watcher = null;
      if (timer) clearTimeout(timer);
      if (rescan) clearInterval(rescan);
    },
  };
}
