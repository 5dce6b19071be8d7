import type { ApiError, Params } from './types.js';

export interface ApiOk {
  ok: true;
  result: unknown;
}

export type MethodResult = ApiOk | ApiError;

export function ok(result: unknown): ApiOk {
  return { ok: true, result };
}

export function badRequest(detail: string): ApiError {
  return { ok: false, error_code: 400, description: `Bad Request: ${detail}` };
}

export const NOT_FOUND: ApiError = { ok: false, error_code: 404, description: 'Not Found' };
export const UNAUTHORIZED: ApiError = { ok: false, error_code: 401, description: 'Unauthorized' };

/** Reads a chat_id parameter: integers (also as strings) or an @username. */
export function chatIdParam(params: Params): number | string | undefined {
  const raw = params['chat_id'];
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  if (/^-?\d+$/.test(raw.trim())) return Number(raw.trim());
  return raw.startsWith('@') ? raw : undefined;
}

export function intParam(params: Params, key: string): number | undefined {
  const raw = params[key];
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

export function stringParam(params: Params, key: string): string | undefined {
  const raw = params[key];
  return typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined;
}
