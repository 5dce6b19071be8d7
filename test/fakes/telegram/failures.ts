import type { ApiError, FailureHandle, FailureRule, Params } from './types.js';

/** What the server should do instead of (or after) handling a call. */
export type FailureOutcome =
  | { type: 'reply'; status: number; body: ApiError }
  | { type: 'html'; status: number; body: string }
  | { type: 'drop' }
  | { type: 'drop-after' };

interface ActiveRule {
  rule: FailureRule;
  hits: number;
  left: number;
}

const BAD_GATEWAY = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

function apiError(status: number, description: string, parameters?: ApiError['parameters']): FailureOutcome {
  const body: ApiError = { ok: false, error_code: status, description };
  if (parameters) body.parameters = parameters;
  return { type: 'reply', status, body };
}

function outcomeOf(rule: FailureRule): FailureOutcome {
  switch (rule.kind) {
    case 'rate-limit': {
      const retry = rule.retryAfter ?? 1;
      return apiError(429, rule.description ?? `Too Many Requests: retry after ${retry}`, { retry_after: retry });
    }
    case 'server-error':
      return apiError(rule.status ?? 500, rule.description ?? 'Internal Server Error');
    case 'bad-gateway':
      return { type: 'html', status: 502, body: BAD_GATEWAY };
    case 'blocked':
      return apiError(403, rule.description ?? 'Forbidden: bot was blocked by the user');
    case 'kicked':
      return apiError(403, rule.description ?? 'Forbidden: bot was kicked from the group chat');
    case 'chat-not-found':
      return apiError(400, rule.description ?? 'Bad Request: chat not found');
    case 'migrated':
      return apiError(400, rule.description ?? 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: rule.migrateToChatId ?? -1001000000000,
      });
    case 'drop':
      return { type: 'drop' };
    case 'drop-after':
      return { type: 'drop-after' };
    case 'delay':
    case 'custom':
      return apiError(rule.status ?? 400, rule.description ?? 'Bad Request');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Failure switches: rules matched by method and chat, one-shot (times: 1) or persistent. */
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

  private matches({ rule, left }: ActiveRule, method: string, params: Params): boolean {
    if (left <= 0) return false;
    if (rule.method !== undefined && rule.method.toLowerCase() !== method.toLowerCase()) return false;
    return rule.chatId === undefined || String(rule.chatId) === String(params['chat_id']);
  }

  private use(active: ActiveRule): void {
    active.hits += 1;
    active.left -= 1;
    if (active.left <= 0) this.rules = this.rules.filter((r) => r !== active);
  }

  /** Runs matching delays, then returns the first matching failure (consuming it), if any. */
  async apply(method: string, params: Params): Promise<FailureOutcome | null> {
    for (const active of [...this.rules]) {
      if (active.rule.kind !== 'delay' || !this.matches(active, method, params)) continue;
      this.use(active);
      await sleep(active.rule.delayMs ?? 100);
    }
    const hit = this.rules.find((r) => r.rule.kind !== 'delay' && this.matches(r, method, params));
    if (!hit) return null;
    this.use(hit);
    return outcomeOf(hit.rule);
  }
}
