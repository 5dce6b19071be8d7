/** Lets a fake server's tests await a condition that becomes true after some recorded change. */
export class ChangeWaiter {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly label: string) {}

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves with the first value `check` returns (checked now and after every change). */
  waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const listener = (): void => {
        const found = check();
        if (found === undefined) return;
        done();
        resolve(found);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.label}: timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }
}
