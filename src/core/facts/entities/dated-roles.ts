import type { DatedRole } from './gazetteer-data.js';

/** Window in which the gazetteer's undated roles hold. */
export interface RoleWindow {
  from: string;
  to: string;
}

/** A person's offices as the gazetteer gives them. */
export interface RoleSource {
  role?: string;
  roles?: readonly DatedRole[];
}

/** First day of a `YYYY[-MM[-DD]]` period. */
const start = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Last day of a `YYYY[-MM[-DD]]` period (day 31 compares as the month's end). */
const end = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * The office a person held on `published` (YYYY-MM-DD): the dated role whose period contains it,
 * else the undated role when `published` lies in the window the gazetteer was written for, else
 * none. Without a publication date: the open-ended dated role, else the undated one.
 */
export function roleAt(person: RoleSource, published: string | undefined, window: RoleWindow | undefined): string | undefined {
  const dated = person.roles ?? [];
  if (published === undefined || !/^\d{4}-\d{2}-\d{2}/.test(published)) {
    return dated.find((r) => r.to === undefined && r.from !== undefined)?.role ?? person.role;
  }
  const day = published.slice(0, 10);
  const held = dated.find((r) => (r.from === undefined || start(r.from) <= day) && (r.to === undefined || day <= end(r.to)));
  if (held) return held.role;
  if (person.role === undefined || window === undefined) return undefined;
  return start(window.from) <= day && day <= end(window.to) ? person.role : undefined;
}
