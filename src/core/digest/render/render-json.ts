import type { Digest } from '../digest-model.js';

/** JSON digest: the digest model as is, pretty-printed. */
export function renderJson(digest: Digest): string {
  return `${JSON.stringify(digest, null, 2)}\n`;
}
