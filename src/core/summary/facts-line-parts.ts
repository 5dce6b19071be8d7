import type { NumberFact } from '../types.js';
import { TIME_UNITS } from '../unit-kinds.js';

/** A span of time before बाद or पहले (`दो दिन बाद`, `32 साल पहले`) says when, not how long: "after two days", "32 years earlier". */
export function relativeSpan(text: string, n: NumberFact, said: string): string {
  // (पूर्व after a figure is mostly "former", `65 वर्षीय पूर्व प्रधान`; an adjective of age or span, वर्षीय, दिवसीय, says no time)
  if (!n.unit || !TIME_UNITS.has(n.unit) || said.includes(':') || /(?:ीय|ीया)$/u.test(n.text)) return said;
  const next = /^\s*(बाद|पहले)(?![\p{L}\p{M}])/u.exec(text.slice(n.span.end))?.[1];
  return next === undefined ? said : next === 'बाद' ? `after ${said}` : `${said} earlier`;
}

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
