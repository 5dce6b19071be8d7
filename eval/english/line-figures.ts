import type { JudgedNumber } from './judged-data.js';

const SCALE: Record<string, number> = { thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12 };
const FIGURE = /(?<![\w.])(\d[\d,]*(?:\.\d+)?)((?:\s(?:thousand|lakh|million|crore|billion|trillion))*)(?![\w])/gu;
const QUALIFIER_WORDS: Record<string, RegExp> = {
  about: /\b(about|around|nearly|approximately|roughly|some)\s*$/i,
  'at least': /\bat least\s*$/i,
  'more than': /\b(more than|over|above)\s*$/i,
  'less than': /\b(less than|under|below|fewer than)\s*$/i,
  'up to': /\bup to\s*$/i,
};
const ANY_QUALIFIER = /\b(about|around|nearly|approximately|roughly|at least|more than|over|less than|under|up to|thousands of|hundreds of|lakhs of|millions of)\s*$/i;

export interface Figure {
  value: number;
  at: number;
  before: string;
}

/** The figures an English line prints, with the words just before each. */
export function figures(line: string): Figure[] {
  const out: Figure[] = [];
  for (const m of line.matchAll(FIGURE)) {
    const digits = Number((m[1] ?? '').replace(/,/g, ''));
    const scale = (m[2] ?? '').trim().split(/\s+/).filter((w) => w).reduce((s, w) => s * (SCALE[w] ?? 1), 1);
    const at = m.index ?? 0;
    // a currency sign is part of the figure, not of the words before it
    const before = line.slice(Math.max(0, at - 24), at).replace(/(Rs\.?|₹|\$|€|£)\s*$/u, '');
    out.push({ value: digits * scale, at, before });
  }
  return out;
}

/** A figure without the qualifier (about, at least …) of any fact it may stand for, or printed for a vague one. */
export function qualifierProblems(f: Figure, matches: JudgedNumber[]): string[] {
  // a figure may stand for any of the facts with its value; it is wrong only if it fits none of them
  const fits = matches.some((n) => {
    if (n.qualifier === 'vague') return false;
    if (n.qualifier === 'exact' || n.qualifier === 'range') return !ANY_QUALIFIER.test(f.before);
    const re = QUALIFIER_WORDS[n.qualifier];
    return re ? re.test(f.before) : true;
  });
  if (fits) return [];
  const n = matches[0] as JudgedNumber;
  return [n.qualifier === 'vague' ? `figure ${f.value} printed for a vague quantity ("${n.unit}s")` : `figure ${f.value} lacks or changes its qualifier (${n.qualifier})`];
}
