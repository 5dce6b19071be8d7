import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Body } from './types.js';

/** What a route handler answers: JSON (or no content for 204), with optional extra headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: OutgoingHttpHeaders;
}

/** Discord's JSON error shape: {code, message, errors?}. */
export function apiError(status: number, code: number, message: string, errors?: unknown): Answer {
  return { status, body: errors === undefined ? { code, message } : { code, message, errors } };
}

export const ok = (body: unknown): Answer => ({ status: 200, body });
export const NO_CONTENT: Answer = { status: 204 };
export const NOT_FOUND = apiError(404, 0, '404: Not Found');
export const UNAUTHORIZED = apiError(401, 0, '401: Unauthorized');
export const MISSING_ACCESS = apiError(403, 50001, 'Missing Access');
export const MISSING_PERMISSIONS = apiError(403, 50013, 'Missing Permissions');
export const UNKNOWN_CHANNEL = apiError(404, 10003, 'Unknown Channel');
export const UNKNOWN_GUILD = apiError(404, 10004, 'Unknown Guild');
export const UNKNOWN_MEMBER = apiError(404, 10007, 'Unknown Member');
export const UNKNOWN_MESSAGE = apiError(404, 10008, 'Unknown Message');
export const UNKNOWN_WEBHOOK = apiError(404, 10015, 'Unknown Webhook');
export const UNKNOWN_INTERACTION = apiError(404, 10062, 'Unknown interaction');
export const ALREADY_ACKNOWLEDGED = apiError(400, 40060, 'Interaction has already been acknowledged.');
export const EMPTY_MESSAGE = apiError(400, 50006, 'Cannot send an empty message');

export function send(res: ServerResponse, answer: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  if (answer.status === 204 || answer.body === undefined) {
    res.writeHead(answer.status, answer.headers ?? {});
    res.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    ...answer.headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** `payload_json` part of a multipart/form-data body (what discord.js sends with files). */
function multipartPayload(raw: string, contentType: string): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return '{}';
  for (const part of raw.split(`--${marker}`)) {
    if (!/name="payload_json"/.test(part)) continue;
    const start = part.indexOf('\r\n\r\n');
    return start < 0 ? '{}' : part.slice(start + 4).replace(/\r\n$/, '');
  }
  return '{}';
}

/** Reads a JSON (or multipart payload_json) body; throws on malformed JSON. */
export async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return {};
  const type = req.headers['content-type'] ?? '';
  const parsed: unknown = JSON.parse(type.startsWith('multipart/') ? multipartPayload(raw, type) : raw);
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Body;
  return { value: parsed };
}
