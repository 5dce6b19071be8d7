import type { Quantity } from './quantity-types.js';
import type { NumbersData } from './numbers-data.js';
import { wordSet, type Token } from './tokens.js';

const MINUTES = 60;
const TWO_DECIMALS = /^(\d{1,2})\.(\d\d)$/u;

/** The hours a figure with two decimals says: a clock reading (`7.30` = 7.5), the hours alone (`7.00`), else unknown (null). */
function hoursOf(text: string): number | null | undefined {
  const m = TWO_DECIMALS.exec(text);
  if (m === null) return undefined;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  // a whole ten of minutes is a clock reading (a decimal drops its last zero: 7.3, not 7.30); 7.50 may be seven and a half
  // (60 or more is no count of minutes: a decimal, 1.80 hours)
  if (minutes >= MINUTES) return Number(text);
  if (minutes % 10 === 0 && minutes !== 50) return Math.round((hours + minutes / MINUTES) * 1e6) / 1e6;
  return null;
}

/**
 * Hours written with two decimals (`7.30 घंटे`) are a clock reading — 7 hours 30 minutes, 7.5 hours — when the
 * minutes are a whole ten (10, 20, 30, 40; a decimal would be written 7.3). Any other two decimals (`7.12`, `8.35`,
 * `2.50`: minutes or a share of an hour?) give no value: which is meant is unknown. So does a time of day before the
 * figure (`सुबह 10.30 घंटे पर`: a clock time, no length). One decimal (`2.5 घंटे`), or two that are 60 or more (`1.80`), stay a decimal. A range
 * (`6.30-7.30 घंटे`) is read end by end.
 */
export function createClockHours(data: NumbersData): (tokens: readonly Token[], q: Quantity) => Quantity | null {
  const timeOfDay = wordSet(data.clockTimeWords);
  const atWords = wordSet(data.clockTimeAfter);
  return (tokens, q) => clockHours(tokens, q, timeOfDay, atWords);
}

function clockHours(tokens: readonly Token[], q: Quantity, timeOfDay: ReadonlySet<string>, atWords: ReadonlySet<string>): Quantity | null {
  if (q.unit !== 'hour') return q;
  const digits = tokens.slice(q.numberStart, q.end).filter((t) => t.kind === 'digits');
  const [low, high] = [hoursOf(digits[0]?.text ?? ''), q.high === undefined ? undefined : hoursOf(digits[1]?.text ?? '')];
  if (low === undefined && high === undefined) return q;
  // a time of day up to two words before (`सुबह करीब 10.30`, `रात के 11.30`), or पर after (`14.30 घंटे पर`: at that hour)
  const clock = [1, 2].some((k) => timeOfDay.has(tokens[q.numberStart - k]?.text ?? '')) || atWords.has(tokens[q.end]?.text ?? '');
  if (low === null || high === null || clock) return null;
  return { ...q, ...(low === undefined ? {} : { value: low }), ...(high === undefined ? {} : { high }) };
}
