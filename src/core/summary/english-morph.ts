import type { NumberFact, NumberQualifier } from '../types.js';
import { SCALE_UNITS } from '../unit-kinds.js';

/** English plural of a noun phrase's last word (missile → missiles, country → countries). */
export function pluralise(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const [, head = '', word = ''] = m;
  const irregular: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', crore: 'crore', lakh: 'lakh', paisa: 'paise', foot: 'feet', thief: 'thieves', wife: 'wives', life: 'lives', knife: 'knives', leaf: 'leaves', half: 'halves', shelf: 'shelves' };
  const lower = word.toLowerCase();
  if (irregular[lower]) return head + irregular[lower];
  if (/(s|people|troops|police|media|equipment|information|news|advice|evidence|research|surveillance|personnel|cattle|%)$/i.test(word) || /^[A-Z0-9]+$/.test(word)) return phrase;
  if (/^(they|we|i|you|it|he|she|accused|injured|dead|deceased)$/i.test(word)) return phrase;
  // abbreviated units take no plural s (62 km, 10 kg)
  if (/^(km|kg|cm|mm|ml|kmph|mph|mah)$/i.test(word)) return phrase;
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

// (three decimals, as measures are printed: 1.426 घन मीटर is 1.426 cubic metres, not 1.43)
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
/** A figure in lakhs or crores: two decimals (151443000 → 15.14 crore). */
const SCALED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** 30000 → "30,000"; 5200000 → "5.2 million". */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Math.abs(value) >= 1_000_000 ? COMPACT.format(value) : GROUPED.format(value);
}

/** Units printed with a % sign. */
const PERCENT = /^(percent|per cent|%)$/i;

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CURRENCY: Record<string, string> = { rupee: 'Rs ', dollar: '$', 'US dollar': '$', euro: '€', pound: '£' };

/** 1–9 as words when counting things ("one missile"), else digits. */
export function countWord(value: number): string {
  return Number.isInteger(value) && value > 0 && value < 10 ? (SMALL[value] as string) : formatValue(value);
}

/** English words for what the Hindi says about a value; range and vague change the number itself. */
const QUALIFIER_EN: Record<NumberQualifier, string> = {
  exact: '', about: 'about', 'at least': 'at least', 'more than': 'more than', 'less than': 'less than', 'up to': 'up to', range: '', vague: '',
};
/** Vague plurals by order of magnitude (हजारों = thousands), then the multipliers they may scale. */
const VAGUE: readonly (readonly [number, string])[] = [[1000, 'thousands'], [100, 'hundreds'], [100000, 'lakhs'], [12, 'dozens'], [10000000, 'crores'], [1e9, 'billions']];
const SCALE: ReadonlyMap<number, string> = new Map([[100, 'hundreds'], [1000, 'thousands'], [100000, 'lakhs'], [1e6, 'millions'], [10000000, 'crores'], [1e9, 'billions']]);

/** हजारों → "thousands", हजारों करोड़ (10¹⁰) → "thousands of crores"; null for a value no vague word gives. */
export function vagueWords(value: number): string | null {
  const exact = VAGUE.find(([v]) => v === value);
  if (exact) return exact[1];
  for (const [v, words] of VAGUE) {
    const scale = SCALE.get(value / v);
    if (scale) return `${words} of ${scale}`;
  }
  return null;
}

/**
 * A span said as an adjective (`सात वर्षीय बच्ची`, `पांच वर्षीय योजना`): "seven-year", never "seven years" (a
 * prison term beside a court); the feminine `24 वर्षीया` is always a woman's age: "24-year-old".
 */
const AGE = /(?:वर्षीया|वर्षीयां|साली)$/u;
const YEAR_ADJECTIVE = /(?:वर्षीय|साला)$/u;

/**
 * "24-year-old" for a woman's age or, `ofPerson`, for any age said before a person (`22 वर्षीय मुकेश कुमार`);
 * "seven-year" for a span said as an adjective (`पांच वर्षीय योजना`), else null.
 */
export function ageText(n: NumberFact, ofPerson = false): string | null {
  if (n.unit !== 'year') return null;
  const text = n.text.trim();
  if (AGE.test(text) || (ofPerson && YEAR_ADJECTIVE.test(text))) return `${countWord(n.value)}-year-old`;
  return YEAR_ADJECTIVE.test(text) ? `${countWord(n.value)}-year` : null;
}

/** A number fact's value as English words without its qualifier: "4–6", "thousands of", "40". */
function valueBody(n: NumberFact): string {
  // a figure the Hindi gives in lakhs or crores keeps that scale ("15.14 crore", never "151.44 million")
  if (!n.unit) return INDIAN_WORDS.test(n.text) && Math.abs(n.value) >= 100000 ? indianScale(n.value) : formatValue(n.value);
  const age = ageText(n);
  if (age !== null) return age;
  if (PERCENT.test(n.unit)) return `${formatValue(n.value)}%`;
  // a scale's reading names the scale first: "magnitude 5.2", "AQI 271" (never "5.2 magnitudes")
  if (SCALE_UNITS.has(n.unit)) return `${n.unit} ${formatValue(n.value)}`;
  // a multiple is so many times (`2.02 गुना सब्सक्राइब`: 2.02 times), never "2.02 folds"
  if (n.unit === 'fold') return `${formatValue(n.value)} times`;
  if (n.unit === 'rupee' && Math.abs(n.value) >= 100000) return `${indianScale(n.value)} rupees`;
  if (CURRENCY[n.unit]) return `${CURRENCY[n.unit]}${formatValue(n.value)}`;
  return `${countWord(n.value)} ${n.value === 1 ? singular(n.unit) : pluralise(n.unit)}`;
}

/** One of a noun that has no singular: one member of the forces (एक जवान), never "one personnel". */
const singular = (unit: string): string => (unit === 'personnel' ? 'member of the forces' : unit);

/** Words of the Indian scale in a figure's Hindi. */
const INDIAN_WORDS = /लाख|करोड़|करोड़|अरब/u;

const INDIAN: readonly (readonly [number, string])[] = [[1e12, 'lakh crore'], [1e7, 'crore'], [1e5, 'lakh']];

/** Rupee amounts in the scale the Hindi uses: 4×10⁹ → "400 crore", 1.8×10¹³ → "18 lakh crore". */
export function indianScale(value: number): string {
  const [scale, words] = INDIAN.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  return `${SCALED.format(value / scale)} ${words}`.trim();
}

/** A range or vague number in English ("4–6%", "two–three days", "thousands of people"), else null. */
function shapedBody(n: NumberFact): string | null {
  if (n.qualifier === 'vague') {
    const words = vagueWords(n.value);
    if (words === null) return null;
    if (!n.unit) return words;
    return `${words} of ${PERCENT.test(n.unit) ? 'percent' : pluralise(n.unit)}`;
  }
  if (n.qualifier !== 'range' || n.end === undefined || !Number.isFinite(n.end)) return null;
  const span = `${formatValue(n.value)}–${formatValue(n.end)}`;
  if (!n.unit) return span;
  if (PERCENT.test(n.unit)) return `${span}%`;
  if (CURRENCY[n.unit]) return `${CURRENCY[n.unit]}${span}`;
  return `${span} ${pluralise(n.unit)}`;
}

/**
 * A number fact in English: "about 50 missiles", "at least one ballistic missile", "40%", "4–6%",
 * "thousands of people". `qualifier` is what the Hindi words around it say, when known; the fact's
 * own qualifier is used otherwise. A vague plural never prints as "about 1,000".
 */
export function formatNumber(n: NumberFact, qualifier: string | null): string {
  const shaped = shapedBody(n);
  if (shaped !== null) return shaped;
  const q = qualifier ?? QUALIFIER_EN[n.qualifier] ?? (n.approx ? 'about' : '');
  const body = valueBody(n);
  // a scale's name stays first: "magnitude more than 6", "AQI about 300" (not "more than magnitude 6")
  const scale = n.unit !== null && SCALE_UNITS.has(n.unit) ? `${n.unit} ` : '';
  if (q && scale && body.startsWith(scale)) return `${scale}${q} ${body.slice(scale.length)}`;
  return q ? `${q} ${body}` : body;
}

/** Upper-cases the first letter. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a" or "an" before a word. */
export const article = (word: string): string => (/^[aeiou]/i.test(word) && !/^(uni|eu|one)/i.test(word) ? 'an' : 'a');

/** The same figure said twice: `1-1`, `2 - 2`, `दो-दो`. */
const EACH = /^\s*(\p{N}+|[\p{L}\p{M}]+)\s*-\s*\1(?![\p{L}\p{M}\p{N}])/u;

/** " each" for a figure said twice (`1-1 गोल` → one goal each: not a score), else "". */
export function eachSuffix(hindi: string): string {
  return EACH.test(hindi) ? ' each' : '';
}

/** Two figures of a score or ratio: `3-1`, `3—1`, `21 - 15`, `२-१`, `187/5`, `2:1`. */
const SCORE = /\p{N}\s*[-–—:/]\s*\p{N}/u;

/** True when a figure's text is a score (two sides' figures), not one figure. */
export function isScore(text: string): boolean {
  return SCORE.test(text);
}

/** One digit, a dot, one digit: a goal score some pages write so (`5.0 से हराकर`), read as one by the number reader. */
const DOT_SCORE = /^\s*(\d)\.(\d)\s*$/u;

/** True when a figure is a score: its text says two sides' figures, or it is a goal score written with a dot. */
export function isScoreFact(n: { text: string; unit: string | null }): boolean {
  return isScore(n.text) || (n.unit === 'goal' && DOT_SCORE.test(n.text));
}

/** A score as English prints it: `3-1 से` → `3–1` (Devanagari digits as ASCII). */
export function scoreText(text: string): string {
  const ascii = text.replace(/[०-९]/gu, (d) => String(d.charCodeAt(0) - 0x0966));
  // (a goal score written with a dot: `5.0`)
  const m = /(\d+)\s*[-–—]\s*(\d+)/u.exec(ascii) ?? DOT_SCORE.exec(ascii);
  return m ? `${m[1]}–${m[2]}` : ascii.trim();
}
