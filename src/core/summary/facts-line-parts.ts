import type { NumberFact } from '../types.js';
import { TIME_UNITS } from '../unit-kinds.js';

/**
 * A span of time before बाद, पहले or पूर्व (`दो दिन बाद`, `32 साल पहले`, `तीन वर्ष पूर्व हुई`) says when, not how long:
 * "after two days", "32 years earlier".
 */
export function relativeSpan(text: string, n: NumberFact, said: string): string {
  // (पूर्व before a noun is "former", `65 वर्षीय पूर्व प्रधान`, `दो साल पूर्व विधायक`: only before a verb, a postposition or
  // the clause's end is it "ago"; an adjective of age or span, वर्षीय, दिवसीय, says no time)
  if (!n.unit || !TIME_UNITS.has(n.unit) || said.includes(':') || /(?:ीय|ीया)$/u.test(n.text)) return said;
  const rest = text.slice(n.span.end);
  const next = /^\s*(बाद|पहले)(?![\p{L}\p{M}])/u.exec(rest)?.[1] ?? (AGO.test(rest) ? 'पहले' : undefined);
  return next === undefined ? said : next === 'बाद' ? `after ${said}` : `${said} earlier`;
}

/** पूर्व (ago) before a verb of being or happening, a postposition, ही or a clause's end. */
const AGO = /^\s*पूर्व(?:\s*[,।.]|\s*$|\s+(?:ही|से|को|में|की|का|के|तक|हुआ|हुई|हुए|हुईं|था|थी|थे|थीं|हो)(?![\p{L}\p{M}]))/u;

/**
 * The Hindi ranges ([from, to)) of coordinated clauses a structured line keeps apart: only when a date of one
 * clause would otherwise sit beside a figure of another (else one list, as before: names beside a date mislead no one).
 */
export function clauseParts(starts: readonly number[], figures: readonly number[], dates: readonly number[]): [number, number][] {
  if (starts.length === 0 || dates.length === 0) return [];
  const bounds = [0, ...starts, Number.MAX_SAFE_INTEGER];
  const parts = bounds.slice(0, -1).map((from, i): [number, number] => [from, bounds[i + 1] as number]);
  const partOf = (at: number): number => parts.findIndex(([from, to]) => at >= from && at < to);
  return dates.some((d) => figures.some((f) => partOf(f) !== partOf(d))) ? parts : [];
}

/** What stands between a date and the figure it dates in a list (`8 तारीख को 12, 9 तारीख को 9`). */
const DATES_FIGURE = /^\s*(?:को|में)\s*$/u;

/**
 * Figures each dated by the date right before them (`8 तारीख को 12, 9 तारीख को 9 और 10 तारीख को 23 मरीजों की
 * मौत`), by the figure's start: the date. Only a list of two or more such pairs (one figure after its date reads
 * well with "when:"); a line listing all figures and then all dates would lose which date is whose.
 */
export function datedFigures<D extends { span: { start: number; end: number } }>(dates: readonly D[], figures: readonly { span: { start: number } }[], text: string): Map<number, D> {
  const pairs = new Map<number, D>();
  for (const n of figures) {
    const d = dates.find((x) => x.span.end <= n.span.start && DATES_FIGURE.test(text.slice(x.span.end, n.span.start)));
    if (d !== undefined) pairs.set(n.span.start, d);
  }
  return pairs.size >= 2 ? pairs : new Map();
}
