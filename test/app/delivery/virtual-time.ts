/**
 * Virtual time whose sleeps end in deadline order, only when `run()` moves the clock to them (unlike
 * fakeTime, whose sleep moves the clock at once: fine for one waiter, wrong for several at a time).
 */
export function virtualTime(start = '2025-03-14T02:29:00.000Z') {
  let now = Date.parse(start);
  const timers: { at: number; resolve: () => void }[] = [];
  const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    now: (): Date => new Date(now),
    sleep: (ms: number): Promise<void> => new Promise((resolve) => void timers.push({ at: now + ms, resolve })),
    /** Runs every timer, earliest first, until none is left (let the code under test settle in between). */
    async run(): Promise<void> {
      for (await settled(); timers.length > 0; await settled()) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift() as { at: number; resolve: () => void };
        now = Math.max(now, next.at);
        next.resolve();
      }
    },
  };
}
