import { utf16Length, type Measure } from './measure.js';

/** Separators between blocks of one group (e.g. `'\n'`) and between groups (e.g. `'\n\n'`). */
export interface GroupSeparators {
  block: string;
  group: string;
}

/**
 * Packs ordered groups of blocks (a group is one story, its blocks are its paragraphs) into parts of
 * at most `limit`, keeping a group whole whenever it fits in one part:
 *  1. a group that fits in what is left of the current part is appended to it (after `group`);
 *  2. else a group that fits in an empty part starts a new part (story boundary = part boundary);
 *  3. else (larger than any part) its blocks are packed one by one like packBlocks, starting in the
 *     current part, so the oversized group fills parts compactly and later groups resume rule 1.
 * Blocks are never split (pre-split oversized ones with splitText); a lone block over the limit becomes
 * a part on its own. Blank blocks and empty groups are dropped, so no part is empty.
 */
export function packGroups(
  groups: readonly (readonly string[])[],
  limit: number,
  separators: GroupSeparators,
  measure: Measure = utf16Length,
): string[] {
  const parts: string[] = [];
  let current: string | null = null;
  const flush = (): void => {
    if (current !== null) parts.push(current);
    current = null;
  };
  for (const group of groups) {
    const blocks = group.filter((block) => block.trim().length > 0);
    if (blocks.length === 0) continue;
    const whole = blocks.join(separators.block);
    if (current !== null && measure(current + separators.group + whole) <= limit) {
      current = current + separators.group + whole;
    } else if (measure(whole) <= limit) {
      flush();
      current = whole;
    } else {
      blocks.forEach((block, i) => {
        const separator = i === 0 ? separators.group : separators.block;
        if (current !== null && measure(current + separator + block) <= limit) {
          current = current + separator + block;
        } else {
          flush();
          current = block;
        }
      });
    }
  }
  flush();
  return parts;
}
