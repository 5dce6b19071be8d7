import { foldKey } from '../../text/devanagari.js';
import { at, type Candidate, type Resolution, type ResolveEnv } from './candidate.js';
import type { DateLexicon } from './lexicon.js';
import { shiftDate, type Unit } from './shift.js';
import { addDays, formatDay, formatMonth, parseValue, type Ymd } from './resolve.js';


/**
 * Relative expressions: `पिछले साल`, `अगले महीने`, `इस सप्ताह` (ISO week), `पिछले सितंबर`, `आज`,
 * `कल` (yesterday or tomorrow by tense; before तक, tomorrow in a present clause or with an order in its clause, `कल तक की
 * मोहलत`, unless today is said after it, `कल तक जो नेता … आज बागी`), `परसों`. After a date in the same sentence, `अगले वर्ष`,
 * `उसी दिन`, `उससे पिछले साल` count from that date (1996 में … अगले वर्ष → 1997), and `इसी महीने` is that
 * date's month (मई में … इसी महीने = May), else the current one.
 */
export function createRelativeFinder(lex: DateLexicon): (text: string) => Candidate[] {
  const { modifiers: mods, units, days } = lex.data;
  const offsets = new Map<string, number>();
  for (const [list, offset] of [[mods.current, 0], [mods.same, 0], [mods.previous, -1], [mods.next, 1]] as const) {
    for (const w of lex.set(list)) if (!offsets.has(w)) offsets.set(w, offset);
  }
  const same = lex.set(mods.same);
  const emphatic = lex.set(mods.emphatic);
  const unitOf = new Map<string, Unit>();
  for (const unit of ['year', 'month', 'week', 'day'] as const) for (const w of lex.set(units[unit])) unitOf.set(w, unit);
  const mod = lex.words([...offsets.keys()]);
  const unitPattern = new RegExp(
    `(?:(?<pre>${lex.words(mods.anchorPrefixes)})\\s+)?(?<mod>${mod})\\s+(?<u>${lex.words([...unitOf.keys()])})`,
    'gu',
  );
  // `पिछले साल के इसी महीने`: the same month a year before, a comparison's base in any tense
  const yearAgo = new RegExp(`(?:${lex.words(mods.previous)})\\s+(?:${lex.words(units.year)})\\s+(?:के|की)\\s*$`, 'u');
  const monthPattern = new RegExp(`(?<mod>${lex.words([...mods.previous, ...mods.next, ...mods.current])})\\s+(?<m>${lex.hindiMonth})`, 'gu');
  // `निकले इस मार्च में …`: a month name that is also a common word (मार्च, the protest) after a word that
  // names a march (config `ambiguousNotBefore`) or before one that goes on with it (`मार्च में शामिल`) is no date
  const ctx = lex.data.monthContext;
  const ambiguous = lex.set(ctx.ambiguous);
  const notBefore = new RegExp(`(?:${lex.words(ctx.ambiguousNotBefore)})\\s*$`, 'u');
  const notAfter = new RegExp(`^\\s*(?:${lex.words(ctx.ambiguousNotAfter)})`, 'u');
  const aMarch = (text: string, match: RegExpMatchArray): boolean => ambiguous.has(match.groups?.m ?? '')
    && (notBefore.test(text.slice(0, match.index ?? 0)) || notAfter.test(text.slice((match.index ?? 0) + match[0].length)));
  const dayShift = new Map<string, number>();
  for (const [list, shift] of [[days.today, 0], [days.adjacent, 1], [days.second, 2]] as const) {
    for (const w of lex.set(list)) dayShift.set(w, shift);
  }
  const yesterday = lex.set(days.yesterday);
  for (const w of yesterday) dayShift.set(w, 1);
  const dayPattern = new RegExp(`(?:${lex.words([...dayShift.keys()])})(?![-‐‑])`, 'gu');
  const deadline = new RegExp(lex.words(lex.data.resolution.deadlineCues), 'u');
  const scheduledEvent = new RegExp(lex.words([...lex.set(lex.data.resolution.scheduledEvents)]), 'u');
  // a genitive or से right after कल, or after a time of day (`कल की`, `कल देर रात से`; the text is folded, की as कि)
  const timeOfDay = lex.words([...lex.set(lex.data.resolution.clockBeforeTarget.parts)]);
  const ownedOrSince = new RegExp(`^\\s*(?:(?:देर\\s+)?${timeOfDay}\\s+)?(?:कि|का|के|से)(?![\\p{L}\\p{M}])`, 'u');
  const today = new RegExp(lex.words(days.today), 'u');
  const CLAUSE_END = /[,।;|]/u;
  const key = (s: string | undefined): string => foldKey(s ?? '').replace(/\s+/g, ' ');

  return (text) => {
    const out: Candidate[] = [];
    for (const match of text.matchAll(unitPattern)) {
      const m = key(match.groups?.mod);
      const unit = unitOf.get(key(match.groups?.u));
      const offset = offsets.get(m);
      // बीते दिन is the day before publication (below), not a day counted from a date named earlier
      if (unit === undefined || offset === undefined || yesterday.has(key(match[0]))) continue;
      const anchored = same.has(m) || (offset > 0 && unit !== 'day') || match.groups?.pre !== undefined || unit === 'day';
      // "this very" year or month is the one named before only in a past clause (2019 में … छोड़ी और इसी साल … बनाई);
      // in a present or future one it is the current one (2019 में शुरू हुआ काम इसी साल पूरा होगा)
      const base = emphatic.has(m) && yearAgo.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index));
      out.push(at(match, (env) => shiftUnit(unit, offset, anchored || (emphatic.has(m) && (base || env.tense() === 'past')), same.has(m) || unit === 'day', env)));
    }
    for (const match of text.matchAll(monthPattern)) {
      const offset = offsets.get(key(match.groups?.mod));
      const month = lex.monthOf(match.groups?.m);
      if (offset === undefined || month === undefined || aMarch(text, match)) continue;
      out.push(
        at(match, ({ published: { y, m } }) => {
          const year = offset < 0 ? (month < m ? y : y - 1) : offset > 0 ? (month > m ? y : y + 1) : y;
          return { value: formatMonth(year, month), granularity: 'month', kind: 'relative' };
        }),
      );
    }
    for (const match of text.matchAll(dayPattern)) {
      const shift = dayShift.get(key(match[0]));
      if (shift === undefined) continue;
      // before तक (env.target) it is a deadline, ahead even after a past verb, when an order stands in the rest of its clause
      // (`सुनवाई कल तक टली`, `कल तक जवाब दाखिल करने का निर्देश`) — unless today is said after it: `कल तक … आज …` contrasts
      // yesterday with today ("until yesterday"), whatever the clause says (`कल तक जो नेता … आदेश …, वे आज बागी`)
      const end = (match.index ?? 0) + match[0].length;
      const rest = text.slice(end);
      const clauseEnd = rest.search(CLAUSE_END);
      const ordered = deadline.test(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd));
      const contrast = today.test(rest);
      // a present clause of a scheduled event is of what is to come (`कल होली का अवकाश है`, `कल मतदान है`, `कल … सभा होने
      // जा रही है`): tomorrow; not a genitive or a start (`कल की घटना दुखद है`, `कल रात से बिजली गुल है`), nor a state now
      // after yesterday's event (`कल भारी बारिश से शहर बेहाल है`, reviewer)
      const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
      const scheduled = scheduledEvent.test(clause) || GOING_TO.test(clause);
      const bound = ownedOrSince.test(rest) || !scheduled;
      out.push(
        at(match, (env) => {
          const tense = env.tense();
          const ahead = tense === 'future' || (env.target && !contrast && (ordered || tense === 'present')) || (tense === 'present' && !bound && !env.target && !contrast);
          const sign = !yesterday.has(key(match[0])) && ahead ? 1 : -1;
          return { value: formatDay(addDays(env.published, sign * shift)), granularity: 'day', kind: 'relative' };
        }),
      );
    }
    return out;
  };
}

/** `… होने जा रही है` (about to happen), folded (ी as ि): a present clause with it is of tomorrow. */
const GOING_TO = /ने\s+जा\s+(?:रहि|रहा|रहे)(?![\p{L}\p{M}])/u;

/** Resolves `<modifier> <unit>` against the anchor date when allowed and usable, else publication. */
function shiftUnit(unit: Unit, offset: number, anchored: boolean, needsAnchor: boolean, env: ResolveEnv): Resolution | null {
  const base = anchored ? anchorDate(env.anchor, offset, unit) : null;
  if (base === null && needsAnchor) return null;
  const from = base ?? env.published;
  return shiftDate(from, unit, offset);
}

/** The anchor's date when it is precise enough for `unit` (the end of a range when counting forward). */
function anchorDate(anchor: Resolution | null, offset: number, unit: Unit): Ymd | null {
  if (anchor === null) return null;
  const parts = parseValue(offset > 0 && anchor.end ? anchor.end : anchor.value);
  if (parts === null) return null;
  if (unit === 'year') return { y: parts.y, m: parts.m ?? 1, d: parts.d ?? 1 };
  if (parts.m === undefined) return null;
  if (unit === 'month') return { y: parts.y, m: parts.m, d: parts.d ?? 1 };
  return parts.d === undefined ? null : { y: parts.y, m: parts.m, d: parts.d };
}
