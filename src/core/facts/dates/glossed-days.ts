import { fold } from '../../text/devanagari.js';
import type { Resolved } from './refiners.js';

/** Escapes a folded word for a regular expression. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A refiner, after chrono's: a relative day glossed by the day it names (`आज यानी 9 मार्च 2023 को`, `कल (10 मार्च)
 * को`, `आज 9 मार्च को`) is that one day, read from the printed date — the relative word only points at it. Without the
 * merge the relative word resolves by the publication day, which may not be the printed one (an assumed or a late
 * date), and a reader is told of two days. `glosses` are the words that may stand between (यानी, अर्थात).
 */
export function createGlossedDays(glosses: readonly string[], coordinators: readonly string[]): (resolved: Resolved[], text: string) => Resolved[] {
  const alternation = (list: readonly string[]): string => list.map((g) => escape(fold(g).text)).filter((g) => g !== '').join('|') || '(?!)';
  const gap = new RegExp(`^[\\s,(–—-]*(?:(?:${alternation(glosses)})(?![\\p{L}\\p{M}]))?[\\s,(–—-]*$`, 'u');
  /** Only a coordinator between two matches: they are items of one list (`कल और परसों अर्थात 5 और 6 जनवरी`). */
  const joined = new RegExp(`^\\s*(?:${alternation(coordinators)})\\s*$`, 'u');
  const listed = (text: string, a: Resolved | undefined, b: Resolved | undefined): boolean =>
    a !== undefined && b !== undefined && joined.test(text.slice(a.candidate.end, b.candidate.start));
  return (resolved, text) => {
    const out: Resolved[] = [];
    for (let i = 0; i < resolved.length; i++) {
      const first = resolved[i] as Resolved;
      const next = resolved[i + 1];
      const relativeDay = first.res.kind === 'relative' && first.res.granularity === 'day' && first.res.end === undefined;
      // (a printed day, not a weekday — `आज सोमवार 12 जून` leaves the weekday to its day — and no item of a list)
      const printedDay = next !== undefined && next.res.kind !== 'relative' && next.res.granularity === 'day' && next.res.end === undefined && next.candidate.weekday !== true;
      const list = listed(text, resolved[i - 1], first) || listed(text, next, resolved[i + 2]);
      if (relativeDay && printedDay && !list && next !== undefined && gap.test(text.slice(first.candidate.end, next.candidate.start))) {
        // (a bracket opened in the gap closes after the printed day: `कल (10 मार्च)` is the span)
        const close = text.slice(first.candidate.end, next.candidate.start).includes('(') ? /^\s*\)/u.exec(text.slice(next.candidate.end)) : null;
        out.push({ candidate: { ...next.candidate, start: first.candidate.start, end: next.candidate.end + (close?.[0].length ?? 0) }, res: next.res });
        i++;
      } else out.push(first);
    }
    return out;
  };
}
