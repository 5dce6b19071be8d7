import type { Resolution } from './candidate.js';
import { addDays, addMonths, formatDay, formatMonth, formatYear, isoWeek, type Ymd } from './resolve.js';

export type Unit = 'year' | 'month' | 'week' | 'day';

/** `offset` units from a day, at that unit's granularity (last year, next month, this week …). */
export function shiftDate(from: Ymd, unit: Unit, offset: number): Resolution {
  const kind = 'relative';
  switch (unit) {
    case 'year':
      return { value: formatYear(from.y + offset), granularity: 'year', kind };
    case 'month': {
      const { y, m } = addMonths(from.y, from.m, offset);
      return { value: formatMonth(y, m), granularity: 'month', kind };
    }
    case 'week':
      return { value: isoWeek(addDays(from, 7 * offset)), granularity: 'week', kind };
    case 'day':
      return { value: formatDay(addDays(from, offset)), granularity: 'day', kind };
  }
}
