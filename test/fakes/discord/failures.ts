import { apiError, MISSING_ACCESS, MISSING_PERMISSIONS, UNKNOWN_CHANNEL, type Answer } from './http.js';
import type { FailureHandle, FailureRule } from './types.js';
import { RuleSwitches } from '../shared/rule-switches.js';

/** What the server does instead of handling a call. */
export type FailureOutcome = { type: 'answer'; answer: Answer } | { type: 'drop' | 'reset' };

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

function routeMatches(pattern: string, method: string, route: string): boolean {
  const want = pattern.trim().toUpperCase();
  const full = `${method} ${route}`.toUpperCase();
  return want.includes(' ') ? want === full : want === route.toUpperCase();
}

/** Failure switches matched by route template and channel, one-shot (times: 1) or persistent. */
export class Failures {
  private readonly switches = new RuleSwitches<FailureRule, FailureTarget>(
    (rule, target) =>
      (rule.route === undefined || routeMatches(rule.route, target.method, target.route)) &&
      (rule.channelId === undefined || rule.channelId === target.channelId),
  );

  add(rule: FailureRule): FailureHandle {
    return this.switches.add(rule);
  }

  clear(): void {
    this.switches.clear();
  }

  /** Runs matching delays, then returns the first matching failure (consuming it), if any. */
  async apply(target: FailureTarget): Promise<FailureOutcome | null> {
    const rule = await this.switches.take(target);
    return rule ? outcomeOf(rule, target.route) : null;
  }
}
