import type { Granularity, DateFact } from '../../types.js';
import type { Ymd } from './resolve.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** What a matched expression resolves to. */
export interface Resolution {
  value: string;
  end?: string;
  granularity: Granularity;
  kind: DateFact['kind'];
}

/** What a candidate may use to resolve itself. */
export interface ResolveEnv {
  published: Ymd;
  /** Tense of the clause around the candidate (computed on demand). */
  tense(): Tense;
  /** Year of the latest dated expression (not a week, not a multi-year range) earlier in the sentence. */
  year: number | null;
  /** Latest absolute or inferred date earlier in the sentence. */
  anchor: Resolution | null;
  /** The expression is a deadline or a fixed date (`15 जुलाई तक टाल दी`): a past verb says nothing of its year. */
  target: boolean;
  pastGraceDays: number;
  futureGraceDays: number;
}

/** A match in folded text, resolved once the whole sentence has been scanned. */
export interface Candidate {
  start: number;
  end: number;
  /** A weekday name: aligned afterwards with a printed day of the same weekday. */
  weekday?: boolean;
  /** A day of the month with no month (`2 तारीख`): a relative month right before it names its month. */
  dayOfMonth?: boolean;
  /** Wins over a candidate of the same span (a member that borrows a printed year over a yearless reading). */
  priority?: number;
  resolve(env: ResolveEnv): Resolution | null;
}

/** A candidate covering a whole regex match. */
export function at(match: RegExpMatchArray, resolve: Candidate['resolve']): Candidate {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, resolve };
}
