/** Tiny checks on Telegram HTML parts, independent of the renderer's own code. */

const TAG = /<(\/?)([a-z-]+)>/g;

/** True when every `<b>`/`<i>` is closed in order in the same string and no other `<` or tag appears. */
export function tagsBalanced(html: string, allowed: readonly string[] = ['b', 'i']): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const [, slash, name] = m;
    if (!allowed.includes(name ?? '')) return false;
    if (slash === '') stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && !html.replace(TAG, '').includes('<') && !html.replace(TAG, '').includes('>');
}

/** True when every `&` starts one of the four entities Telegram knows. */
export function entitiesValid(html: string): boolean {
  return [...html.matchAll(/&/g)].every((m) => /^&(?:amp|lt|gt|quot);/.test(html.slice(m.index, m.index + 6)));
}

/** The text a reader sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(TAG, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The `(i/n)` marker line at the end of a part. */
export const MARKER = /\n\n\((\d+)\/(\d+)\)$/;

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Words the reader sees over all parts, in order; part markers and bullet signs (layout: a split
 * bilingual bullet gives its Hindi line a bullet of its own) left out.
 */
export function visibleWords(parts: readonly string[]): string[] {
  return parts.flatMap((p) => words(visibleText(p.replace(MARKER, '')))).filter((w) => w !== '•');
}
