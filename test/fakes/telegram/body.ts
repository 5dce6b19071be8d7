import type { IncomingMessage } from 'node:http';
import type { Params } from './types.js';

const MAX_BODY = 10 * 1024 * 1024;

function isRecord(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Form values arrive as strings; JSON-looking ones (objects, arrays) are decoded like the API does. */
function formValue(value: string): unknown {
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function parseMultipart(raw: string, boundary: string): Params {
  const params: Params = {};
  for (const part of raw.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const name = /name="([^"]+)"/i.exec(part.slice(0, split))?.[1];
    if (name === undefined || /filename=/i.test(part.slice(0, split))) continue;
    params[name] = formValue(part.slice(split + 4).replace(/\r\n$/, ''));
  }
  return params;
}

async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY) throw new Error('Request Entity Too Large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a Bot API request's parameters: query string, then the body as JSON,
 * application/x-www-form-urlencoded or multipart/form-data (text fields only).
 * Throws on a malformed JSON body.
 */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = {};
  for (const [key, value] of url.searchParams) params[key] = formValue(value);
  const raw = await readRaw(req);
  if (raw.trim() === '') return params;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) throw new Error('JSON body is not an object');
    return { ...params, ...parsed };
  }
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(req.headers['content-type'] ?? '')?.[2] ?? '';
    return { ...params, ...parseMultipart(raw, boundary) };
  }
  for (const [key, value] of new URLSearchParams(raw)) params[key] = formValue(value);
  return params;
}

export function asRecord(value: unknown): Params | undefined {
  return isRecord(value) ? value : undefined;
}
