import type { SentMessage } from '../../fakes/discord/index.js';

/** Everything a reader sees in the answers (markdown escapes removed): content, embed titles, descriptions, fields. */
export function shown(messages: readonly SentMessage[]): string {
  return messages
    .flatMap((m) => [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])])
    .filter(Boolean)
    .join('\n')
    .replace(/\\([\\*_~|`>#\-[\]().])/g, '$1');
}
