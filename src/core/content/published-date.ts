import { localDate, localParts } from '../calendar/zoned-time.js';
/** Publication dates: parsing the forms editors write, and the local date in a time zone. */

export interface Published {
  /** Local date `YYYY-MM-DD` in the requested time zone. */
  date: string;
  /** ISO 8601 UTC timestamp when a time is known. */
  at?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?$/i;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses `2024-06-18`, `2024-06-18T08:21Z`, `2024-06-18 08:21`, `2024-06-18T08:21+05:30` (or a
 * YAML Date). A time without a zone is wall-clock time in `timeZone`. Returns null when invalid.
 */
export function parsePublished(value: unknown, timeZone: string): Published | null {
  if (value instanceof Date) return fromDate(value, timeZone);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return isCalendarDate(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}` } : null;
  }
  const full = DATE_TIME.exec(text);
  if (!full) return null;
  const [y, m, d, h, min, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(full[i] ?? 0)) as [number, number, number, number, number, number];
  if (!isCalendarDate(y, m, d) || h > 23 || min > 59 || s > 59) return null;
  const wall = Date.UTC(y, m - 1, d, h, min, s);
  const zone = full[7]?.toUpperCase();
  const ms = zone === undefined ? wall - offsetMs(wall, timeZone) : wall - zoneOffsetMs(zone);
  return instant(ms, timeZone);
}

function fromDate(value: Date, timeZone: string): Published | null {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return null;
  // YAML 1.1 timestamps without a time arrive as UTC midnight: that is a plain date.
  if (ms % 86_400_000 === 0) return { date: value.toISOString().slice(0, 10) };
  return instant(ms, timeZone);
}

function instant(ms: number, timeZone: string): Published {
  return { date: localDate(new Date(ms), timeZone), at: new Date(ms).toISOString() };
}

function zoneOffsetMs(zone: string): number {
  if (zone === 'Z' || zone === 'GMT' || zone === 'UTC') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

function wallClock(ms: number, timeZone: string): number {
  const p = localParts(new Date(ms), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Offset of `timeZone` from UTC at (about) the instant whose wall-clock reading is `wall`. */
function offsetMs(wall: number, timeZone: string): number {
  const first = wallClock(wall, timeZone) - wall;
  return wallClock(wall - first, timeZone) - (wall - first);
}
