import type { ApiError, FailureHandle, FailureRule, Params } from './types.js';
import { RuleSwitches } from '../shared/rule-switches.js';

/** What the server should do instead of (or after) handling a call. */
export type FailureOutcome =
  | { type: 'reply'; status: number; body: ApiError }
  | { type: 'html'; status: number; body: string }
  | { type: 'drop' }
  | { type: 'drop-after' };

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


/** Failure switches: rules matched by method and chat, one-shot (times: 1) or persistent. */
export class Failures {
  private readonly switches = new RuleSwitches<FailureRule, { method: string; params: Params }>(
    (rule, { method, params }) =>
      (rule.method === undefined || rule.method.toLowerCase() === method.toLowerCase()) &&
      (rule.chatId === undefined || String(rule.chatId) === String(params['chat_id'])),
  );

  add(rule: FailureRule): FailureHandle {
    return this.switches.add(rule);
  }

  clear(): void {
    this.switches.clear();
  }

  /** Runs matching delays, then returns the first matching failure (consuming it), if any. */
  async apply(method: string, params: Params): Promise<FailureOutcome | null> {
    const rule = await this.switches.take({ method, params });
    return rule ? outcomeOf(rule) : null;
  }
}
