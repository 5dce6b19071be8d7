/** A failure rule as both fakes define it: a kind, how many times it fires, an optional delay. */
export interface SwitchRule {
  kind: string;
  times?: number;
  delayMs?: number;
}

export interface SwitchHandle {
  readonly hits: number;
  remove(): void;
}

interface Active<R> {
  rule: R;
  hits: number;
  left: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Failure switches shared by the fake servers: one-shot (times: 1) or persistent rules, matched by
 * a fake-specific predicate; `delay` rules wait and let the call go on.
 */
export class RuleSwitches<R extends SwitchRule, T> {
  private rules: Active<R>[] = [];

  constructor(private readonly matches: (rule: R, target: T) => boolean) {}

  add(rule: R): SwitchHandle {
    const active: Active<R> = { rule, hits: 0, left: rule.times ?? 1 };
    this.rules.push(active);
    return {
      get hits() {
        return active.hits;
      },
      remove: () => {
        this.rules = this.rules.filter((r) => r !== active);
      },
    };
  }

  clear(): void {
    this.rules = [];
  }

  /** Runs matching delays, then returns the first matching failure rule (consuming it), if any. */
  async take(target: T): Promise<R | null> {
    const live = (r: Active<R>): boolean => r.left > 0 && this.matches(r.rule, target);
    for (const active of [...this.rules]) {
      if (active.rule.kind !== 'delay' || !live(active)) continue;
      this.use(active);
      await sleep(active.rule.delayMs ?? 100);
    }
    const hit = this.rules.find((r) => r.rule.kind !== 'delay' && live(r));
    if (!hit) return null;
    this.use(hit);
    return hit.rule;
  }

  private use(active: Active<R>): void {
    active.hits += 1;
    active.left -= 1;
    if (active.left <= 0) this.rules = this.rules.filter((r) => r !== active);
  }
}
