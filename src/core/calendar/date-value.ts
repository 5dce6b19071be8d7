/** The one reader of fact date values: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO weeks `YYYY-Www`. */
export interface DateValue {
  y: number;
  m?: number;
  d?: number;
  week?: number;
}

export function parseDateValue(value: string): DateValue | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return { y: Number(week[1]), week: Number(week[2]) };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  if (m[2] === undefined) return { y: Number(m[1]) };
  if (m[3] === undefined) return { y: Number(m[1]), m: Number(m[2]) };
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Monday (UTC midnight) of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dayOfWeek = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(year, 0, 4 - dayOfWeek + 1 + (week - 1) * 7));
}
