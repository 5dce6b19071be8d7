import { apiError, EMPTY_MESSAGE, type Answer } from './http.js';
import type { Body } from './types.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
} as const;

interface FieldError {
  code: string;
  message: string;
}
interface ErrorTree {
  _errors?: FieldError[];
  [key: string]: ErrorTree | FieldError[] | undefined;
}

/** Length as Discord's (Python) backend counts it: Unicode code points. */
export const discordLength = (text: string): number => [...text].length;

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Collects errors at nested paths in Discord's `errors` shape: {embeds: {0: {title: {_errors: [...]}}}}. */
class Collector {
  readonly tree: ErrorTree = {};
  empty = true;

  add(path: (string | number)[], code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      const next = node[String(key)];
      const child: ErrorTree = next && !Array.isArray(next) ? next : {};
      node[String(key)] = child;
      node = child;
    }
    (node._errors ??= []).push({ code, message });
    this.empty = false;
  }

  max(path: (string | number)[], value: string | undefined, limit: number): number {
    if (value === undefined) return 0;
    const length = discordLength(value);
    if (length > limit) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
    return length;
  }
}

function checkEmbed(out: Collector, raw: unknown, i: number): number {
  const embed = asRecord(raw);
  const at = (...rest: (string | number)[]): (string | number)[] => ['embeds', i, ...rest];
  let size = out.max(at('title'), asString(embed['title']), LIMITS.title);
  size += out.max(at('description'), asString(embed['description']), LIMITS.description);
  size += out.max(at('footer', 'text'), asString(asRecord(embed['footer'])['text']), LIMITS.footer);
  size += out.max(at('author', 'name'), asString(asRecord(embed['author'])['name']), LIMITS.author);
  const fields = Array.isArray(embed['fields']) ? (embed['fields'] as unknown[]) : [];
  if (fields.length > LIMITS.fields) out.add(at('fields'), 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
  fields.forEach((f, j) => {
    const field = asRecord(f);
    for (const [key, limit] of [['name', LIMITS.fieldName], ['value', LIMITS.fieldValue]] as const) {
      const text = asString(field[key]);
      if (!text) out.add(at('fields', j, key), 'BASE_TYPE_REQUIRED', 'This field is required');
      size += out.max(at('fields', j, key), text, limit);
    }
  });
  return size;
}

/**
 * Validates a message body like Discord does: 400 code 50035 with the offending paths,
 * or 50006 for an empty message when `requireContent` (creates, not edits).
 */
export function validateMessage(body: Body, requireContent: boolean): Answer | null {
  const out = new Collector();
  const content = asString(body['content']);
  out.max(['content'], content, LIMITS.content);
  const embeds = Array.isArray(body['embeds']) ? (body['embeds'] as unknown[]) : [];
  if (embeds.length > LIMITS.embeds) out.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
  const total = embeds.reduce<number>((sum, e, i) => sum + checkEmbed(out, e, i), 0);
  if (total > LIMITS.total) out.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.total}`);
  if (!out.empty) return apiError(400, 50035, 'Invalid Form Body', out.tree);
  const has = (key: string): boolean => Array.isArray(body[key]) && (body[key] as unknown[]).length > 0;
  const nothing = !content && !has('embeds') && !has('components') && !has('attachments') && !has('sticker_ids') && !body['poll'];
  return requireContent && nothing ? EMPTY_MESSAGE : null;
}
