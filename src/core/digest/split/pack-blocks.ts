import { utf16Length, type Measure } from './measure.js';

/**
 * Greedily packs ordered blocks into parts joined with `separator`: a block goes into the current part
 * when the joined part still measures `<= limit`, otherwise it starts the next part. Blocks are never
 * split here: callers pre-split oversized blocks with splitText; a block over the limit on its own
 * becomes a part on its own (over the limit). Blank blocks are dropped, so no part is empty.
 */
export function packBlocks(
  blocks: readonly string[],
  limit: number,
  separator: string,
  measure: Measure = utf16Length,
): string[] {
  const parts: string[] = [];
  let current: string | null = null;
  for (const block of blocks) {
    if (block.trim().length === 0) continue;
    if (current === null) {
      current = block;
      continue;
    }
    const joined: string = current + separator + block;
    if (measure(joined) <= limit) {
      current = joined;
    } else {
      parts.push(current);
      current = block;
    }
  }
  if (current !== null) parts.push(current);
  return parts;
}
