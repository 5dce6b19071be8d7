/**
 * A sliding-window counter: at most `limit` events in any `windowMs`. Stricter than a token bucket
 * (which lets a full bucket burst on top of the refill): N per minute really means N in any minute.
 */
export class SlidingWindow {
  private readonly times: number[] = [];
  private head = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  waitMs(now: number): number {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.windowMs) this.head++;
    if (this.head > 64 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
    const live = this.times.length - this.head;
    return live < this.limit ? 0 : (this.times[this.head] as number) + this.windowMs - now;
  }

  record(now: number): void {
    this.times.push(now);
  }

  /** Moves the latest event to `now` (the message it counts was answered only now). */
  touchLast(now: number): void {
    const last = this.times.length - 1;
    if (last >= this.head && (this.times[last] as number) < now) this.times[last] = now;
  }

  idle(now: number): boolean {
    return this.waitMs(now) === 0 && this.times.length === this.head;
  }
}
