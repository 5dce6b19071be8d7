import { compileAll, wholeLine } from './line-tools.js';
import { isCalendarDate } from './published-date.js';

/** The contract format of a printed update line, used by the loader (which has no config). */
export const DEFAULT_UPDATE_LINE =
  'Update\\s*:\\s*(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})\\s*(?<zone>GMT|UTC|Z)?\\s*';

const DEFAULT_OFFSETS: Record<string, string> = { GMT: '+00:00', UTC: '+00:00', Z: '+00:00' };

/** Reads a printed update line: the UTC timestamp `YYYY-MM-DDTHH:MMZ`, or null. */
export type UpdateLineParser = (line: string) => string | null;

export function createUpdateLineParser(
  sources: readonly string[] = [DEFAULT_UPDATE_LINE],
  zoneOffsets: Record<string, string> = DEFAULT_OFFSETS,
): UpdateLineParser {
  const regexes = compileAll(sources, 'iu', wholeLine);
  const offsets = new Map(Object.entries(zoneOffsets).map(([zone, offset]) => [zone.toUpperCase(), offset]));
  return (line) => {
    const text = line.trim();
    for (const regex of regexes) {
      const groups = regex.exec(text)?.groups;
      if (!groups) continue;
      const stamp = toUtc(groups, offsets);
      if (stamp) return stamp;
    }
    return null;
  };
}

function toUtc(groups: Record<string, string | undefined>, offsets: Map<string, string>): string | null {
  const [year, month, day, hour, minute] = ['year', 'month', 'day', 'hour', 'minute'].map((k) => Number(groups[k] ?? NaN)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isCalendarDate(year, month, day) || !(hour >= 0 && hour <= 23) || !(minute >= 0 && minute <= 59)) return null;
  const offset = groups.zone ? offsets.get(groups.zone.toUpperCase()) : '+00:00';
  if (offset === undefined) return null;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const ms = Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes * 60_000;
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
