import type { NumberFact } from '../types.js';

/** English plural of a noun phrase's last word (missile → missiles, country → countries). */
export function pluralise(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const [, head = '', word = ''] = m;
  const irregular: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', crore: 'crore', lakh: 'lakh' };
  const lower = word.toLowerCase();
  if (irregular[lower]) return head + irregular[lower];
  if (/(s|people|troops|police|media|equipment|information|news|advice|evidence|research|surveillance|personnel|cattle|%)$/i.test(word) || /^[A-Z0-9]+$/.test(word)) return phrase;
  if (/^(they|we|i|you|it|he|she|accused|injured|dead|deceased)$/i.test(word)) return phrase;
  if (/[^aeiou]y$/i.test(word)) return `${head}${word.slice(0, -1)}ies`;
  if (/(sh|ch|x|z)$/i.test(word)) return `${head}${word}es`;
  return `${head}${word}s`;
}

export interface VerbForms {
  base: string;
  past: string;
  participle: string;
  ing: string;
  third: string;
}

/** Forms of an English verb; irregular maps base → "past|participle". */
export function verbForms(base: string, irregular: Readonly<Record<string, string>>): VerbForms {
  const known = irregular[base]?.split('|');
  const regularPast = base.endsWith('e') ? `${base}d`
    : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const past = known?.[0] ?? regularPast;
  const participle = known?.[1] ?? past;
  const doubled = known && /[^aeiou][aeiou][bdgmnpt]$/.test(base) && past.endsWith(`${base.slice(-1)}ed`);
  const ing = known?.[2] ? known[2] : base === 'be' ? 'being'
    : /ie$/.test(base) ? `${base.slice(0, -2)}ying`
    : /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing`
    : doubled ? `${base}${base.slice(-1)}ing` : `${base}ing`;
  const third = base === 'be' ? 'is' : base === 'have' ? 'has'
    : /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es`
    : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return { base, past, participle, ing, third };
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** 30000 → "30,000"; 5200000 → "5.2 million". */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Math.abs(value) >= 1_000_000 ? COMPACT.format(value) : GROUPED.format(value);
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CURRENCY: Record<string, string> = { rupee: 'Rs ', dollar: '$', 'US dollar': '$', euro: '€', pound: '£' };

/** A number fact in English: "about 50 missiles", "at least one ballistic missile", "40%". */
/** 1–9 as words when counting things ("one missile"), else digits. */
export function countWord(value: number): string {
  return Number.isInteger(value) && value > 0 && value < 10 ? (SMALL[value] as string) : formatValue(value);
}

export function formatNumber(n: NumberFact, qualifier: string | null): string {
  const q = qualifier ?? (n.approx ? 'about' : '');
  const value = formatValue(n.value);
  let body: string;
  if (!n.unit) body = value;
  else if (/^(percent|per cent|%)$/i.test(n.unit)) body = `${value}%`;
  else if (CURRENCY[n.unit]) body = `${CURRENCY[n.unit]}${value}`;
  else {
    body = `${countWord(n.value)} ${n.value === 1 ? n.unit : pluralise(n.unit)}`;
  }
  return q ? `${q} ${body}` : body;
}

/** Upper-cases the first letter. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a" or "an" before a word. */
export const article = (word: string): string => (/^[aeiou]/i.test(word) && !/^(uni|eu|one)/i.test(word) ? 'an' : 'a');
