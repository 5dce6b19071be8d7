import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { formatDay, toEpochDay, weekdayOnOrAfter, weekdayOnOrBefore } from './resolve.js';

/**
 * Weekdays: `मंगलवार`, `शुक्रवार को`, `पिछले सोमवार`, `अगले बुधवार`. A past-tense clause takes the
 * latest such day on or before publication, a future one the earliest on or after it, a present one
 * the nearest; पिछले / अगले make it strictly before / after publication. A deadline (`सोमवार तक`)
 * lies ahead, even after a past verb when the sentence gives an order (आदेश, मोहलत, निर्देश). A weekday that
 * recurs — after हर, or in a clause of habit (`ओपीडी मंगलवार को लगती है`) — or is excepted (`शनिवार को छोड़कर`) is on no one date.
 */
/** Words that join the parts of one clause (`मंगलवार और बृहस्पतिवार को लगती है`): no clause ends at them. */
const COORDINATORS = new Set(['और', 'तथा', 'एवं', 'या']);
/** Characters before a weekday searched for हर / प्रत्येक of its clause. */
const EVERY_REACH = 40;
/** Characters after a weekday read as its clause, and letters of a habitual verb before its ending. */
const [MAX_CLAUSE, MAX_VERB] = [200, 16];

export function createWeekdayFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const mods = lex.data.modifiers;
  const modifier = lex.words([...mods.previous, ...mods.next, ...mods.current]);
  const previous = lex.set(mods.previous);
  const next = lex.set(mods.next);
  const deadline = new RegExp(lex.words(lex.data.resolution.deadlineCues), 'u');
  const pattern = new RegExp(`(?:(?<mod>${modifier})\\s+)?(?<w>${lex.weekday})`, 'gu');
  // हर or प्रत्येक earlier in the weekday's clause (हर सोमवार और गुरुवार, प्रत्येक सप्ताह मंगलवार, प्रत्येक माह के पहले सोमवार)
  const every = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${lex.words(mods.every)})\\s[^।,;!?|]*$`, 'u');
  // an imperfective form (…ता/ती/ते) and a present auxiliary ending the weekday's clause: a habit (the clause ends at
  // a sign or a word that opens another clause: `… को हुई बैठक में बताया गया कि मरीज आते हैं` is no habit of the day)
  const boundary = new RegExp(`(?:^|\\s)(?:${lex.words(lex.data.tense.clauseBoundaries.filter((w) => !COORDINATORS.has(w)))})(?=\\s)`, 'u');
  // (not …ता, which ends as many nouns as verbs: `शुक्रवार को वार्ता है`; nor a verb of saying, `आंकड़े बताते हैं`)
  // (a verb starts at a word's start and is short: a run of letters with no space is read once, not from every letter)
  const habit = new RegExp(`(?<![\\p{L}\\p{M}])(?<verb>[\\p{L}\\p{M}]{1,${MAX_VERB}}(?:ती|ति|ते|तीं|तिं))\\s+(?:${lex.words(mods.habitual)})\\s*(?:[।,;!?|]|$)`, 'u');
  // `शनिवार को छोड़कर` (every day but Saturday): the weekday is excepted from a schedule
  // (after the weekday, or after it and another day joined to it: `शनिवार और रविवार को छोड़कर`, `रविवार व अवकाश के दिनों को छोड़कर`)
  // (a day joined to it must be closed by को right before छोड़कर: `मंगलवार और बुधवार को कई नेता पार्टी छोड़कर …` is leaving a party)
  const except = mods.except.length === 0 ? null
    : new RegExp(`^(?:\\s*(?:${lex.words(mods.except)})|\\s*(?:और|व|एवं|तथा|,)\\s*[^।,;!?|]{1,30}?\\s+को\\s+(?:${lex.words(mods.except)}))`, 'u');
  // (not a possibility, `बारिश हो सकती है`, nor an ability, `आवेदन कर सकते हैं`: of days to come)
  const modal = lex.set([...lex.data.tense.possibility, ...mods.sayings]);
  const habitual = (clause: string): boolean => {
    const verb = habit.exec(clause)?.groups?.verb;
    return verb !== undefined && !modal.has(foldKey(verb));
  };
  const clauseOf = (whole: string): string => {
    const rest = whole.slice(0, MAX_CLAUSE);
    const end = rest.search(/[।,;!?|]/u);
    const clause = end < 0 ? rest : rest.slice(0, end + 1);
    const cut = boundary.exec(clause);
    return cut === null ? clause : clause.slice(0, cut.index);
  };
  // a weekday that recurs (हर सोमवार; `… को लगती है`) is on no one date
  const recurs = (text: string, match: RegExpMatchArray): boolean => {
    const from = match.index ?? 0;
    const after = text.slice(from + match[0].length);
    return every.test(text.slice(Math.max(0, from - EVERY_REACH), from)) || habitual(clauseOf(after)) || except?.test(after.slice(0, MAX_CLAUSE)) === true;
  };
  return (text) => {
    const out: Candidate[] = [];
    const ordered = deadline.test(text);
    const matches = [...text.matchAll(pattern)];
    const { skipped, schedule } = scheduledRuns(text, matches, matches.map((m) => recurs(text, m)));
    for (const [k, match] of matches.entries()) {
      const weekday = lex.weekdayOf(match.groups?.w);
      if (weekday === undefined || skipped[k] === true) continue;
      const mod = foldKey(match.groups?.mod ?? '').replace(/\s+/g, ' ');
      out.push({
        weekday: true,
        ...at(match, (env) => {
          const pub = env.published;
          // three days or more in a list are a schedule (a train's days of running) unless the clause tells of the past
          if (schedule[k] === true && env.tense() !== 'past') return null;
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

/** What joins two weekdays of one list (`मंगलवार, बुधवार और शुक्रवार`). */
const LIST_JOIN = /^\s*(?:,|और|व|तथा|एवं|या)\s*$/u;
/** Weekdays in one list from this many on are a schedule (a train's days of running) unless told of in the past. */
const SCHEDULE_DAYS = 3;

/** A list of weekdays recurs as a whole when one of them does (`skipped`); one of three or more days may be a schedule. */
function scheduledRuns(text: string, matches: readonly RegExpMatchArray[], recurring: readonly boolean[]): { skipped: boolean[]; schedule: boolean[] } {
  const skipped = [...recurring];
  const schedule = matches.map(() => false);
  let start = 0;
  for (let k = 1; k <= matches.length; k++) {
    const [prev, cur] = [matches[k - 1], matches[k]];
    const joined = prev !== undefined && cur !== undefined && LIST_JOIN.test(text.slice((prev.index ?? 0) + prev[0].length, cur.index ?? 0));
    if (joined) continue;
    if (skipped.slice(start, k).some(Boolean)) skipped.fill(true, start, k);
    if (k - start >= SCHEDULE_DAYS) schedule.fill(true, start, k);
    start = k;
  }
  return { skipped, schedule };
}
