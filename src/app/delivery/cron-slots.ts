import { parse } from 'node-cron';
import { localParts, type LocalParts } from '../../core/calendar/zoned-time.js';

/** How far back `latestFire` looks: long enough for weekly and monthly expressions. */
const DEFAULT_LOOKBACK_DAYS = 35;
const MINUTE = 60_000;

export interface CronSlots {
  readonly expression: string;
  /** True when the expression fires in the local minute of `date`. */
  matches(date: Date): boolean;
  /** The most recent fire time ≤ `now` (at minute precision), or null within the look-back. */
  latestFire(now: Date): Date | null;
}

type DayField = (number | string)[];

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** node-cron's day-of-month tokens: numbers, `L`, `L-n` (n days before the last). */
function dayOfMonthMatches(field: DayField, p: LocalParts): boolean {
  const last = lastDayOfMonth(p.year, p.month);
  return field.some((token) => {
    if (typeof token === 'number') return token === p.day;
    if (token === 'L') return p.day === last;
    const offset = /^L-(\d+)$/.exec(token);
    return offset !== null && p.day === last - Number(offset[1]);
  });
}

/** node-cron's day-of-week tokens: numbers (0 = Sunday), `nL` (last n-day), `n#k` (k-th n-day). */
function dayOfWeekMatches(field: DayField, p: LocalParts): boolean {
  return field.some((token) => {
    if (typeof token === 'number') return token % 7 === p.weekday;
    const last = /^([0-7])L$/i.exec(token);
    if (last !== null) return Number(last[1]) % 7 === p.weekday && p.day + 7 > lastDayOfMonth(p.year, p.month);
    const nth = /^([0-7])#([1-5])$/.exec(token);
    return nth !== null && Number(nth[1]) % 7 === p.weekday && Math.floor((p.day - 1) / 7) + 1 === Number(nth[2]);
  });
}

/**
 * Computes fire times of a node-cron expression in a timezone. node-cron v4 only looks forward
 * (getNextRun), so the latest past fire is found by walking back from `now`: whole local hours
 * that cannot match are skipped in one step, matching hours minute by minute. Field expansion
 * (names, ranges, steps) is node-cron's own `parse`, so both agree on the syntax; like node-cron,
 * day-of-month and day-of-week must both match. A seconds field is accepted and ignored (minute
 * precision). Throws on an invalid expression.
 */
export function createCronSlots(expression: string, timeZone: string, lookbackDays = DEFAULT_LOOKBACK_DAYS): CronSlots {
  const fields = parse(expression);
  const minutes = new Set(fields.minute);
  const hours = new Set(fields.hour);
  const months = new Set(fields.month);
  const hourMatches = (p: LocalParts): boolean =>
    hours.has(p.hour) && months.has(p.month) && dayOfMonthMatches(fields.dayOfMonth, p) && dayOfWeekMatches(fields.dayOfWeek, p);

  return {
    expression,
    matches: (date) => {
      const p = localParts(date, timeZone);
      return minutes.has(p.minute) && hourMatches(p);
    },
    latestFire: (now) => {
      const floor = now.getTime() - lookbackDays * 24 * 60 * MINUTE;
      let at = Math.floor(now.getTime() / MINUTE) * MINUTE;
      while (at >= floor) {
        const p = localParts(new Date(at), timeZone);
        if (!hourMatches(p)) {
          at -= (p.minute + 1) * MINUTE;
          continue;
        }
        if (minutes.has(p.minute)) return new Date(at);
        at -= MINUTE;
      }
      return null;
    },
  };
}
