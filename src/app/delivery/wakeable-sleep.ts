export interface WakeableSleep {
  /** Waits `ms` (through `inner` when given), or not at all while `isStopping()`. */
  sleep(ms: number): Promise<void>;
  /** Ends every wait in progress now. */
  wakeAll(): void;
}

/** Waits that end early when woken (on stop), each clearing its timer so none lingers. */
export function createWakeableSleep(isStopping: () => boolean, inner?: (ms: number) => Promise<void>): WakeableSleep {
  const wakers = new Set<() => void>();
  const sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (isStopping()) return resolve();
      let timer: NodeJS.Timeout | undefined;
      const wake = (): void => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      wakers.add(wake);
      if (inner === undefined) timer = setTimeout(wake, ms);
      else void inner(ms).then(wake, wake);
    });
  return {
    sleep,
    wakeAll() {
      for (const wake of [...wakers]) wake();
    },
  };
}
