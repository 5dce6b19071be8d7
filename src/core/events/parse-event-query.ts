import { asciiDigits } from '../text/devanagari.js';
import type { Granularity } from '../types.js';
import { valueInterval, type DayInterval } from './date-interval.js';

export interface EventQuery {
  text: string;
  granularity: Exclude<Granularity, 'week'>;
  interval: DayInterval;
}

export type ParsedQuery = { ok: true; query: EventQuery } | { ok: false; error: string };

const EXPECTED = 'expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-06-19';

/** Control, format (bidi marks and overrides, zero-width) and separator characters: never echoed back. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * Parses an event lookup query (ASCII or Devanagari digits: २०२४-०६-१९). Anything but a real
 * calendar day, month or year is rejected with a one-line message that says what is wrong and what
 * is expected; control and bidi characters are removed first, so the echoed input cannot reorder
 * or hide the rest of the reply.
 */
export function parseEventQuery(input: string): ParsedQuery {
  const typed = input.replace(INVISIBLE, '').trim();
  const text = asciiDigits(typed);
  if (text.length === 0) return fail(`missing date: ${EXPECTED}`);
  const shown = JSON.stringify(typed.length > 40 ? `${[...typed].slice(0, 40).join('')}…` : typed);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return fail(`invalid date ${shown}: ${EXPECTED}`);
  const [, year, month, day] = m;
  if (Number(year) < 1) return fail(`invalid date ${shown}: year must be 0001 or later`);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return fail(`invalid date ${shown}: month must be 01–12; ${EXPECTED}`);
  }
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) {
      return fail(`invalid date ${shown}: day must be 01–${last} for ${year}-${month}; ${EXPECTED}`);
    }
  }
  const granularity = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const interval = valueInterval(text);
  if (!interval) return fail(`invalid date ${shown}: ${EXPECTED}`);
  return { ok: true, query: { text, granularity, interval } };
}

function fail(error: string): ParsedQuery {
  return { ok: false, error };
}
