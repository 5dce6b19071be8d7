import { localDate, localParts } from '../../core/calendar/zoned-time.js';
import { asciiDigits } from '../../core/text/devanagari.js';

/** `YYYY-MM-DD HH:MM` of an instant in a timezone. */
export function localDateTime(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${localDate(at, timeZone)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `3d 4h 5m`, `4h 5m` or `5m` (at least `0m`). */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d > 0 ? `${d}d` : '', d > 0 || h > 0 ? `${h}h` : '', `${m}m`].filter(Boolean).join(' ');
}

/** `HH:MM` from `H:MM`, `HH:MM`, `HH.MM` or Devanagari digits; null when not a time of day. */
export function parseTimeOfDay(input: string): string | null {
  const ascii = asciiDigits(input.trim());
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(ascii);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}
