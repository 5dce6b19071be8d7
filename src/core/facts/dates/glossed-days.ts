import { literalAlternation } from './lexicon.js';
import type { Resolved } from './refiners.js';

/** Most days between a relative day and a printed day beside it with no gloss between (a page dated a day or two late). */
const MAX_UNGLOSSED_DAYS = 3;
const DAY_MS = 86_400_000;

/** Days between two `YYYY-MM-DD` values. */
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

/**
 * A refiner, after chrono's: a relative day glossed by the day it names (`आज यानी 14 अक्टूबर को`, `कल (15 अक्टूबर) को`,
 * `आज 14 अक्टूबर को`) is that one day, read from the printed date — the relative word only points at it. Without the
 * merge the relative word resolves by the publication day, which may not be the printed one (an assumed or a late
 * date), and a reader is told of two days. A gloss word (config `glosses`: यानी, अर्थात) or a bracket may stand between;
 * with nothing but a space or a comma the printed day must lie within a few days of the relative one (`आज 2 जून को
 * हुई लूट का खुलासा` is today's reveal of an older robbery: two dates). Never a weekday, nor an item of a list of days.
 */
export function createGlossedDays(glosses: readonly string[], coordinators: readonly string[]): (resolved: Resolved[], text: string) => Resolved[] {
  const glossed = new RegExp(`^[\\s,(–—-]*(?:${literalAlternation(glosses)})(?![\\p{L}\\p{M}])[\\s,(–—-]*$|^[\\s,–—-]*\\([\\s,–—-]*$`, 'u');
  const bare = /^[\s,]*$/u;
  /** Only a coordinator between two matches: they are items of one list (`आज और कल यानी 3 और 4 अक्टूबर`). */
  const joined = new RegExp(`^\\s*(?:${literalAlternation(coordinators)})\\s*$`, 'u');
  const listed = (text: string, a: Resolved | undefined, b: Resolved | undefined): boolean =>
    a !== undefined && b !== undefined && joined.test(text.slice(a.candidate.end, b.candidate.start));
  const printed = (r: Resolved | undefined): r is Resolved =>
    r !== undefined && r.res.kind !== 'relative' && r.res.granularity === 'day' && r.res.end === undefined && r.candidate.weekday !== true;
  return (resolved, text) => {
    const out: Resolved[] = [];
    for (let i = 0; i < resolved.length; i++) {
      const first = resolved[i] as Resolved;
      const next = resolved[i + 1];
      const relativeDay = first.res.kind === 'relative' && first.res.granularity === 'day' && first.res.end === undefined;
      // (no item of a list: `आज और कल यानी 3 और 4 अक्टूबर`; a relative day after the printed one starts a pair of its own)
      const list = (resolved[i - 1]?.res.kind === 'relative' && listed(text, resolved[i - 1], first)) || (printed(resolved[i + 2]) && listed(text, next, resolved[i + 2]));
      const gap = next === undefined ? '' : text.slice(first.candidate.end, next.candidate.start);
      const near = next !== undefined && bare.test(gap) && daysApart(first.res.value, next.res.value) <= MAX_UNGLOSSED_DAYS;
      if (relativeDay && printed(next) && !list && (glossed.test(gap) || near)) {
        // (a bracket opened in the gap closes after the printed day: `कल (15 अक्टूबर)` is the span)
        const close = gap.includes('(') ? /^\s*\)/u.exec(text.slice(next.candidate.end)) : null;
        out.push({ candidate: { ...next.candidate, start: first.candidate.start, end: next.candidate.end + (close?.[0].length ?? 0) }, res: next.res });
        i++;
      } else out.push(first);
    }
    return out;
  };
}
