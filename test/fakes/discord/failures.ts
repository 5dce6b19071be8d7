import { apiError, MISSING_ACCESS, MISSING_PERMISSIONS, UNKNOWN_CHANNEL, type Answer } from './http.js';
import type { FailureHandle, FailureRule } from './types.js';

/** What the server does instead of handling a call. */
export type FailureOutcome = { type: 'answer'; answer: Answer } | { type: 'drop' | 'reset' };

interface ActiveRule {
  rule: FailureRule;
  hits: number;
  left: number;
}

/** The request a rule is matched against. */
export interface FailureTarget {
  method: string;
  route: string;
  channelId?: string;
}

function rateLimited(rule: FailureRule, route: string): Answer {
  const retry = rule.retryAfter ?? 1;
  const global = rule.global ?? false;
  const headers: Record<string, string> = {
    'retry-after': String(retry),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': ((Date.now() + retry * 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': retry.toFixed(3),
    'x-ratelimit-bucket': `fake-${route.replace(/\W+/g, '-')}`,
    'x-ratelimit-scope': global ? 'global' : 'user',
  };
  if (global) headers['x-ratelimit-global'] = 'true';
  const body = { message: rule.message ?? 'You are being rate limited.', retry_after: retry, global };
  return { status: 429, body, headers };
}

function outcomeOf(rule: FailureRule, route: string): FailureOutcome {
  const answer = (a: Answer): FailureOutcome => ({ type: 'answer', answer: a });
  switch (rule.kind) {
    case 'rate-limit':
      return answer(rateLimited(rule, route));
    case 'missing-permissions':
      return answer(MISSING_PERMISSIONS);
    case 'missing-access':
      return answer(MISSING_ACCESS);
    case 'unknown-channel':
      return answer(UNKNOWN_CHANNEL);
    case 'server-error': {
      const status = rule.status ?? 500;
      return answer(apiError(status, 0, rule.message ?? `${status}: Internal Server Error`));
    }
    case 'drop':
    case 'reset':
      return { type: rule.kind };
    case 'delay':
    case 'custom':
      return answer(apiError(rule.status ?? 400, rule.code ?? 0, rule.message ?? 'Bad Request'));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function routeMatches(pattern: string, method: string, route: string): boolean {
  const want = pattern.trim().toUpperCase();
  const full = `${method} ${route}`.toUpperCase();
  return want.includes(' ') ? want === full : want === route.toUpperCase();
}

/** Failure switches matched by route template and channel, one-shot (times: 1) or persistent. */
export class Failures {
  private rules: ActiveRule[] = [];

  add(rule: FailureRule): FailureHandle {
    const active: ActiveRule = { rule, hits: 0, left: rule.times ?? 1 };
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

  private matches({ rule, left }: ActiveRule, target: FailureTarget): boolean {
    if (left <= 0) return false;
    if (rule.route !== undefined && !routeMatches(rule.route, target.method, target.route)) return false;
    return rule.channelId === undefined || rule.channelId === target.channelId;
  }

  private use(active: ActiveRule): void {
    active.hits += 1;
    active.left -= 1;
    if (active.left <= 0) this.rules = this.rules.filter((r) => r !== active);
  }

  /** Runs matching delays, then returns the first matching failure (consuming it), if any. */
  async apply(target: FailureTarget): Promise<FailureOutcome | null> {
    for (const active of [...this.rules]) {
      if (active.rule.kind !== 'delay' || !this.matches(active, target)) continue;
      this.use(active);
      await sleep(active.rule.delayMs ?? 100);
    }
    const hit = this.rules.find((r) => r.rule.kind !== 'delay' && this.matches(r, target));
    if (!hit) return null;
    this.use(hit);
    return outcomeOf(hit.rule, target.route);
  }
}
