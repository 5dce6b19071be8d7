import type { Signature } from './story-signature.js';

/** "See also" entries one story lists at most: the newest stories sharing one of its days. */
export const MAX_RELATED_STORIES = 5;

/**
 * For each group (its members' signatures), the indexes of the other groups with a member that
 * shares a specific day with one of its members, ascending, at most `max`. An index from day to
 * groups, so only groups sharing a day are looked at, and per day only the first few of them.
 */
export function relatedGroups(groups: readonly (readonly Signature[])[], max = MAX_RELATED_STORIES): number[][] {
  const byDay = new Map<string, number[]>();
  groups.forEach((members, g) => {
    for (const member of members) {
      for (const day of member.days) {
        const list = byDay.get(day);
        if (!list) byDay.set(day, [g]);
        else if (list.at(-1) !== g) list.push(g);
      }
    }
  });
  return groups.map((members, g) => {
    const found = new Set<number>();
    for (const member of members) {
      for (const day of member.days) {
        // each list is ascending: its first max + 1 entries hold its first `max` others
        const list = byDay.get(day) as number[];
        for (let at = 0; at < Math.min(list.length, max + 1); at++) if (list[at] !== g) found.add(list[at] as number);
      }
    }
    return [...found].sort((a, b) => a - b).slice(0, max);
  });
}
