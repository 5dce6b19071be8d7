import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { formatDay, toEpochDay, weekdayOnOrAfter, weekdayOnOrBefore } from './resolve.js';

/**
 * Weekdays: `मंगलवार`, `शुक्रवार को`, `पिछले सोमवार`, `अगले बुधवार`. A past-tense clause takes the
 * latest such day on or before publication, a future one the earliest on or after it, a present one
 * the nearest; पिछले / अगले make it strictly before / after publication. A deadline (`सोमवार तक`)
 * lies ahead, even after a past verb when the sentence gives an order (आदेश, मोहलत, निर्देश).
 */
export function createWeekdayFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const mods = lex.data.modifiers;
  const modifier = lex.words([...mods.previous, ...mods.next, ...mods.current]);
  const previous = lex.set(mods.previous);
  const next = lex.set(mods.next);
  const deadline = new RegExp(lex.words(lex.data.resolution.deadlineCues), 'u');
  const pattern = new RegExp(`(?:(?<mod>${modifier})\\s+)?(?<w>${lex.weekday})`, 'gu');
  return (text) => {
    const out: Candidate[] = [];
    const ordered = deadline.test(text);
    for (const match of text.matchAll(pattern)) {
      const weekday = lex.weekdayOf(match.groups?.w);
      if (weekday === undefined) continue;
      const mod = foldKey(match.groups?.mod ?? '').replace(/\s+/g, ' ');
      out.push({
        weekday: true,
        ...at(match, (env) => {
          const pub = env.published;
          let day;
          if (previous.has(mod)) day = weekdayOnOrBefore(pub, weekday, true);
          else if (next.has(mod)) day = weekdayOnOrAfter(pub, weekday, true);
          else {
            const tense = env.tense();
            // a deadline (सोमवार तक) lies ahead unless a past clause reports it without an order
            const ahead = env.target && (tense !== 'past' || ordered);
            const before = weekdayOnOrBefore(pub, weekday);
            const after = weekdayOnOrAfter(pub, weekday);
            if (tense === 'future' || ahead) day = after;
            else if (tense === 'present') day = toEpochDay(after) - toEpochDay(pub) < toEpochDay(pub) - toEpochDay(before) ? after : before;
            else day = before;
          }
          return { value: formatDay(day), granularity: 'day', kind: 'relative' };
        }),
      });
    }
    return out;
  };
}
