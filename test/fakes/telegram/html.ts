import type { MessageEntity } from 'grammy/types';

/** Result of parsing a Telegram-HTML message: plain text plus entities, or the API's error detail. */
export type HtmlParse =
  | { ok: true; text: string; entities: MessageEntity[] }
  | { ok: false; error: string };

interface OpenTag {
  name: string;
  start: number;
  entity: MessageEntity | null;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const ENTITY_RE = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/i;
const ATTR_RE = /([a-z_-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi;
const SIMPLE: Readonly<Record<string, MessageEntity['type']>> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler', code: 'code',
};

function byteOffset(source: string, index: number): number {
  return Buffer.byteLength(source.slice(0, index), 'utf8');
}

function decode(attr: string): string {
  return attr.replace(/&(lt|gt|amp|quot);/g, (_m, n: string) => NAMED[n] ?? '');
}

function readAttrs(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(ATTR_RE)) {
    attrs.set((m[1] ?? '').toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Builds the entity for a start tag, or returns an error detail for an unsupported tag. */
function startEntity(name: string, attrs: Map<string, string>, at: number): MessageEntity | null | string {
  const simple = SIMPLE[name];
  if (simple !== undefined) return { type: simple, offset: 0, length: 0 } as MessageEntity;
  switch (name) {
    case 'a': {
      const url = attrs.get('href');
      return url ? { type: 'text_link', offset: 0, length: 0, url } : null;
    }
    case 'span':
      return attrs.get('class') === 'tg-spoiler'
        ? { type: 'spoiler', offset: 0, length: 0 }
        : `Tag "span" must have class "tg-spoiler" at byte offset ${at}`;
    case 'pre':
      return { type: 'pre', offset: 0, length: 0 };
    case 'blockquote':
      return { type: attrs.has('expandable') ? 'expandable_blockquote' : 'blockquote', offset: 0, length: 0 };
    case 'tg-emoji': {
      const id = attrs.get('emoji-id');
      return id ? { type: 'custom_emoji', offset: 0, length: 0, custom_emoji_id: id } : `Custom emoji entity must contain a tag "emoji-id" at byte offset ${at}`;
    }
    default:
      return `Unsupported start tag "${name}" at byte offset ${at}`;
  }
}

/**
 * Parses text the way the Bot API parses parse_mode=HTML: only the supported tags, only
 * &lt; &gt; &amp; &quot; and numeric entities (other `&` stay literal), every `<` must start a tag.
 */
export function parseTelegramHtml(source: string): HtmlParse {
  let text = '';
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '&') {
      const m = ENTITY_RE.exec(source.slice(i, i + 12));
      const code = m?.[1] !== undefined ? Number(m[1]) : m?.[2] !== undefined ? parseInt(m[2], 16) : undefined;
      const named = m?.[3] !== undefined ? NAMED[m[3].toLowerCase()] : undefined;
      if (m && (named !== undefined || (code !== undefined && code > 0 && code <= 0x10ffff))) {
        text += named ?? String.fromCodePoint(code ?? 0);
        i += m[0].length;
      } else {
        text += ch;
        i += 1;
      }
      continue;
    }
    if (ch !== '<') {
      text += ch;
      i += 1;
      continue;
    }
    const at = byteOffset(source, i);
    const close = source.indexOf('>', i);
    if (close < 0) return { ok: false, error: `Unclosed start tag at byte offset ${at}` };
    const inner = source.slice(i + 1, close);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const open = stack.pop();
      if (!open) return { ok: false, error: `Unexpected end tag at byte offset ${at}` };
      if (name !== '' && name !== open.name) {
        return { ok: false, error: `Unmatched end tag at byte offset ${at}, expected "</${open.name}>", found "</${name}>"` };
      }
      if (open.entity && text.length > open.start) {
        entities.push({ ...open.entity, offset: open.start, length: text.length - open.start });
      }
    } else {
      const nameMatch = /^[a-z0-9-]+/i.exec(inner);
      if (!nameMatch) return { ok: false, error: `Empty tag name at byte offset ${at}` };
      const name = nameMatch[0].toLowerCase();
      const attrs = readAttrs(inner.slice(name.length));
      const parent = stack[stack.length - 1];
      const language = /^language-(.+)$/.exec(attrs.get('class') ?? '')?.[1];
      if (name === 'code' && parent?.entity?.type === 'pre' && language !== undefined) {
        parent.entity = { type: 'pre', offset: 0, length: 0, language }; // <pre><code class="language-x">
        stack.push({ name, start: text.length, entity: null });
      } else {
        const entity = startEntity(name, attrs, at);
        if (typeof entity === 'string') return { ok: false, error: entity };
        stack.push({ name, start: text.length, entity });
      }
    }
    i = close + 1;
  }
  const unclosed = stack.pop();
  if (unclosed) return { ok: false, error: `Can't find end tag corresponding to start tag "${unclosed.name}"` };
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { ok: true, text, entities };
}
