import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate, type ResolveEnv } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { shiftDate, type Unit } from './shift.js';
import { parseValue, type Ymd } from './resolve.js';


/** Counts larger than this are durations or history, not a resolvable date (`500 साल पहले`). */
const MAX_COUNT = 100;

/**
 * Counted offsets: `दो दिन पहले`, `3 साल पहले` (and forward words, if config lists any). They count
 * from a date named earlier in the sentence when there is one, else from publication; after `से`
 * (`मतदान से दो दिन पहले`, `यात्रा से ठीक दो सप्ताह पहले`) only from such a date. The unit's granularity is kept (week → ISO week).
 * An approximate count (`करीब 10 महीने पहले`) is left to the numbers: it names no calendar date.
 */
export function createCountedFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { counted, units } = lex.data;
  const numbers = new Map(Object.entries(counted.numbers).map(([w, n]) => [foldKey(w), n] as const));
  const unitOf = new Map<string, Unit>();
  for (const unit of ['year', 'month', 'week', 'day'] as const) for (const w of lex.set(units[unit])) unitOf.set(w, unit);
  const before = lex.set(counted.before);
  const count = `(?<n>(?<![\\p{L}\\p{M}\\p{N}.,])\\d{1,3}(?![\\p{N}.,]\\p{N})|${lex.words([...numbers.keys()])})`;
  const pattern = new RegExp(
    `${count}\\s+(?<u>${lex.words([...unitOf.keys()])})\\s+(?<d>${lex.words([...counted.before, ...counted.after])})`,
    'gu',
  );
  const adverb = counted.fromAdverbs.length === 0 ? '' : `(?:${lex.words(counted.fromAdverbs)}\\s+)?`;
  const from = new RegExp(`${lex.words(['से', 'इससे', 'उससे'])}\\s+${adverb}$`, 'u');
  const now = new RegExp(`${lex.words(['आज', 'अब'])}\\s+से\\s+${adverb}$`, 'u');
  const approx = new RegExp(`(?:${lex.words(counted.approximators)})\\s*$`, 'u');
  // (sticky at the match's end: no copy of the rest of the text per match)
  const story = counted.storyParticles.length === 0 ? null : new RegExp(`\\s+(?:${lex.words(counted.storyParticles)})`, 'uy');
  return (text) => {
    const out: Candidate[] = [];
    for (const match of text.matchAll(pattern)) {
      const g = match.groups ?? {};
      const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : numbers.get(foldKey(g.n ?? ''));
      const unit = unitOf.get(foldKey(g.u ?? ''));
      if (n === undefined || unit === undefined || n < 1 || n > MAX_COUNT) continue;
      if (approx.test(text.slice(0, match.index))) continue; // करीब 10 महीने पहले: a duration, not a date
      if (story !== null) {
        story.lastIndex = match.index + match[0].length;
        if (story.test(text)) continue; // एक दिन पहले भी: before an event of the story
      }
      const sign = before.has(foldKey(g.d ?? '')) ? -1 : 1;
      // `<event> से दो दिन पहले` counts from that event: only a date named earlier can stand for it
      // (`आज से दो दिन पहले`, `अब से एक साल पहले`: counted from now, the report)
      const preceding = text.slice(0, match.index);
      const relative = from.test(preceding) && !now.test(preceding);
      // years and months counted back from the report are rounded (`27 साल पहले` may be 26½ years): which year or month
      // is not known, so no date is stated (the span stays a quantity). One year or month back, days and weeks are
      // dated, and so is a count from a date the sentence names as its base with इससे/उससे (`2017 में …, इससे तीन साल
      // पहले`); without it (`2010 में शादी … और दो साल पहले मौत`) the count is from the report
      const rounded = (unit === 'year' || unit === 'month') && n >= 2;
      out.push(at(match, (env) => ((relative && env.anchor === null) || (rounded && !relative) ? null : shift(unit, sign * n, env))));
    }
    return out;
  };
}

function shift(unit: Unit, offset: number, env: ResolveEnv): ReturnType<Candidate['resolve']> {
  const from = origin(env, unit, offset > 0);
  return shiftDate(from, unit, offset);
}

/** The earlier date of the sentence when it is precise enough for the unit, else publication. */
function origin(env: ResolveEnv, unit: Unit, forward: boolean): Ymd {
  const anchor = env.anchor;
  const parts = anchor === null ? null : parseValue(forward ? (anchor.end ?? anchor.value) : anchor.value);
  if (parts === null) return env.published;
  if (unit === 'year') return { y: parts.y, m: parts.m ?? 1, d: parts.d ?? 1 };
  if (parts.m === undefined || (unit !== 'month' && parts.d === undefined)) return env.published;
  return { y: parts.y, m: parts.m, d: parts.d ?? 1 };
}
