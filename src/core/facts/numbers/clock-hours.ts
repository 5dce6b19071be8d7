import type { Quantity } from './quantity-types.js';
import type { Token } from './tokens.js';

/** Minutes that are as often a decimal share of an hour (2.25, 2.50, 2.75 घंटे): which is meant is unknown. */
const QUARTERS = new Set([25, 50, 75]);
const MINUTES = 60;

/**
 * Hours written as a clock reading (`7.30 घंटे` = 7 hours 30 minutes, `8.35 घंटे`): a figure of hours whose two
 * decimals are below 60 is hours and minutes — 7.5 hours, not 7.3. Two decimals that may be a quarter share
 * (`2.25`, `2.50`, `2.75`) are dropped (no value can be trusted); one decimal (`2.5 घंटे`) and a share of 60 or
 * more (`1.75`, `3.80`) stay decimals. Only exact single figures: a range or a qualified figure is left alone.
 */
export function clockHours(tokens: readonly Token[], q: Quantity): Quantity | null {
  if (q.unit !== 'hour' || q.high !== undefined) return q;
  const m = /^(\d{1,2})\.(\d\d)$/u.exec(tokens[q.numberStart]?.text ?? '');
  if (m === null) return q;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (minutes >= MINUTES) return q;
  if (QUARTERS.has(minutes)) return null;
  return { ...q, value: Math.round((hours + minutes / MINUTES) * 1e6) / 1e6 };
}
