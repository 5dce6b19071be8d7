import type { Candidate, Resolution } from './candidate.js';
import { fold } from '../../text/devanagari.js';
import { formatDay, isValidDay, parseValue, weekdayOf, type Ymd } from './resolve.js';

/** A candidate with its resolution, in text order. */
export interface Resolved {
  candidate: Candidate;
  res: Resolution;
}

/** `इस`/`इसी` and the genitive `के`, folded as the text they are matched in is. */
const THIS = new RegExp(`^(?:${fold('इस').text}|${fold('इसी').text})\\s`, 'u');
const GENITIVE_GAP = new RegExp(`^\\s+(?:${fold('के').text}\\s+)?$`, 'u');
const GENITIVE_FEMININE_GAP = new RegExp(`^\\s+(?:${fold('की').text}\\s+)?$`, 'u');

/** `X और Y के बीच`: two days joined by a conjunction, then `(के) बीच` or `दरम्यान` after the second. */
const AND_GAP = new RegExp(`^\\s*(?:${['और', 'व', 'तथा', 'एवं'].map((w) => fold(w).text).join('|')})\\s+$`, 'u');
const BETWEEN_AFTER = new RegExp(`^\\s*(?:${fold('के').text}\\s+)?(?:${fold('बीच').text}|${fold('दरम्यान').text})(?![\\p{L}\\p{M}])`, 'u');

/** Only spaces, commas and brackets between two spans of folded text. */
const ADJACENT = /^[\s,()]*$/u;

/**
 * Refiners, after chrono's: passes over the resolved matches of a sentence that merge or correct
 * neighbours. `पिछले साल 18 दिसंबर`, `इस साल मार्च में`, `अगले साल जनवरी` are one date: the relative
 * year only supplies the implied year of the day or month after it, so the two merge into one fact.
 */
export function mergeRelativeYears(resolved: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i] as Resolved;
    const next = resolved[i + 1];
    const year = first.res.kind === 'relative' && first.res.granularity === 'year' && first.res.end === undefined ? first.res.value : null;
    const gap = next === undefined ? '' : text.slice(first.candidate.end, next.candidate.start);
    // the day or month after takes the year the relative year names (पिछले साल जुलाई = July of last year)
    if (year !== null && next !== undefined && next.res.kind === 'inferred' && next.res.end === undefined && /^\s+$/u.test(gap)) {
      out.push({ candidate: { ...next.candidate, start: first.candidate.start }, res: { ...next.res, value: `${year}${next.res.value.slice(4)}` } });
      i++;
    } else if (named(first, next, 'year', text)) {
      // `पिछले साल 2022`: the year named is the year meant
      out.push({ candidate: { ...(next as Resolved).candidate, start: first.candidate.start }, res: (next as Resolved).res });
      i++;
    } else if (year !== null && next !== undefined && sameMonth(next, text) && GENITIVE_GAP.test(gap)) {
      // पिछले साल (के) इसी महीने: this month of that year
      out.push({ candidate: { ...next.candidate, start: first.candidate.start }, res: { ...next.res, value: `${year}${next.res.value.slice(4)}`, kind: 'relative' } });
      i++;
    } else if (printedYear(first) && next !== undefined && sameMonth(next, text) && GENITIVE_GAP.test(gap)) {
      // `2019 के इसी माह`: the same month of a year the page names, which month unsaid (the report's month may be the
      // next one's): the year alone, never the report's month (a report of one month compares with the month before it)
      out.push({ candidate: { ...first.candidate, end: next.candidate.end }, res: first.res });
      i++;
    } else out.push(first);
  }
  return out;
}

/** `अगले महीने (की) 2 तारीख`: the day of the month the relative month names — one date. */
export function mergeRelativeMonths(resolved: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i] as Resolved;
    const next = resolved[i + 1];
    const month = first.res.kind === 'relative' && first.res.granularity === 'month' && first.res.end === undefined ? parseValue(first.res.value) : null;
    const day = next?.candidate.dayOfMonth === true ? parseValue(next.res.value)?.d : undefined;
    if (month?.m !== undefined && next !== undefined && day !== undefined && isValidDay(month.y, month.m, day)
      && GENITIVE_FEMININE_GAP.test(text.slice(first.candidate.end, next.candidate.start))) {
      out.push({ candidate: { ...next.candidate, start: first.candidate.start }, res: { ...next.res, value: formatDay({ y: month.y, m: month.m, d: day }), kind: 'relative' } });
      i++;
    } else if (named(first, next, 'month', text)) {
      // `पिछले महीने अप्रैल`: the month named beside the relative one is the month meant (a report dated early in a month
      // still says "last month, April")
      out.push({ candidate: { ...(next as Resolved).candidate, start: first.candidate.start }, res: (next as Resolved).res });
      i++;
    } else out.push(first);
  }
  return out;
}

/**
 * A relative month or year (`पिछले महीने`, `पिछले साल`) right before the month or year it means, named (`अप्रैल`, `2023`):
 * the same one, or for a month the one before it (a page dated early in May still says "last month, April"); else the
 * named one is another time (`इस साल 2019 में हुई हिंसा`, `पिछले महीने जून में` on a June page).
 */
function named(first: Resolved, next: Resolved | undefined, unit: 'month' | 'year', text: string): boolean {
  const relative = first.res.kind === 'relative' && first.res.granularity === unit && first.res.end === undefined;
  if (!relative || next === undefined || next.res.granularity !== unit || next.res.end !== undefined || next.res.kind === 'relative') return false;
  if (!/^\s+$/u.test(text.slice(first.candidate.end, next.candidate.start))) return false;
  const [a, b] = [parseValue(first.res.value), parseValue(next.res.value)];
  if (a === null || b === null) return false;
  // (the named month may be the relative one or the one before it; a named year is the relative one: reviewer)
  const behind = a.y * 12 + (a.m ?? 1) - (b.y * 12 + (b.m ?? 1));
  return behind === 0 || (unit === 'month' && behind === 1);
}

/** `14 अगस्त, 2023 और 17 अगस्त, 2023 के बीच`: two days, the first before the second, are one range. */
export function mergeBetween(resolved: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i] as Resolved;
    const next = resolved[i + 1];
    const days = next !== undefined && [first, next].every((r) => r.res.granularity === 'day' && r.res.end === undefined);
    if (days && next !== undefined && first.res.value < next.res.value && AND_GAP.test(text.slice(first.candidate.end, next.candidate.start))
      && BETWEEN_AFTER.test(text.slice(next.candidate.end))) {
      out.push({ candidate: { ...first.candidate, end: next.candidate.end }, res: { ...first.res, end: next.res.value } });
      i++;
    } else out.push(first);
  }
  return out;
}

/** A year printed alone (`2019`): no relative year, no span. */
const printedYear = (r: Resolved): boolean => r.res.kind !== 'relative' && r.res.granularity === 'year' && r.res.end === undefined;

/** `इस महीने`, `इसी महीने`: the month of the report, which a relative year before it moves. */
function sameMonth(r: Resolved, text: string): boolean {
  return r.res.kind === 'relative' && r.res.granularity === 'month' && r.res.end === undefined && THIS.test(text.slice(r.candidate.start, r.candidate.end));
}

/**
 * A weekday printed beside a day of the same weekday (सोमवार, 17 जून) is that day. A weekday printed
 * right next to a day of another weekday (a slip of the page: `बुधवार 26 दिसंबर 2025`) also takes the
 * printed day: the reader places it there.
 */
export function alignWeekdays(resolved: Resolved[], text: string): void {
  const dayOf = (res: Resolution): Ymd | null => {
    const p = parseValue(res.value);
    return p?.m === undefined || p.d === undefined || res.end !== undefined ? null : { y: p.y, m: p.m, d: p.d };
  };
  const days = resolved.filter(({ candidate, res }) => res.granularity === 'day' && !candidate.weekday && dayOf(res) !== null);
  for (const item of resolved) {
    const own = item.candidate.weekday ? dayOf(item.res) : null;
    if (own === null) continue;
    const beside = days.find(({ candidate: c }) =>
      ADJACENT.test(c.start >= item.candidate.end ? text.slice(item.candidate.end, c.start) : text.slice(c.end, item.candidate.start)));
    const match = days.find(({ res }) => weekdayOf(dayOf(res) as Ymd) === weekdayOf(own)) ?? beside;
    if (match) item.res = { ...item.res, value: match.res.value, kind: 'inferred' };
  }
}
