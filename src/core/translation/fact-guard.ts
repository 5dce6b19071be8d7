import { foldKey } from '../text/devanagari.js';
import type { DateFact, EntityMention, NumberFact } from '../types.js';
import { createDateCheck, type EnglishText } from './english-dates.js';
import { createEnglishNumberReader, sameValue, type EnglishNumber } from './english-numbers.js';
import type { TranslationData } from './translation-data.js';
import { asciiDigits } from '../text/devanagari.js';

/** The facts the extractors found in one Hindi sentence (the headline or one body sentence). */
export interface SentenceFacts {
  dates: readonly DateFact[];
  numbers: readonly NumberFact[];
  mentions: readonly EntityMention[];
}

export interface GuardInput {
  hindi: string;
  english: string;
  facts: SentenceFacts;
  /** Publication date YYYY-MM-DD: relative dates (`last year`) are checked against it. */
  published: string;
}

export type GuardReason = 'empty' | 'untranslated' | 'too-long' | 'missing-number' | 'added-number' | 'missing-date' | 'missing-name';
export type GuardVerdict = { ok: true } | { ok: false; reason: GuardReason };
export type FactGuard = (input: GuardInput) => GuardVerdict;

/** English numbers the Hindi explains: its numbers, its ordinal words, its vague plurals. */
interface Allowed {
  numbers: number[];
  ordinals: number[];
  vague: number[];
}

const HINDI_WORD = /[\p{L}\p{M}]+/gu;
const DIGITS = /\d[\d,]*(?:\.\d+)?/g;
/** Latin text for comparison: lower case, accents removed (Sitharaman = Sītāraman). */
export const plainLatin = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Compiles the fact guard once. A provider's English is used only if it carries every number and
 * date of its Hindi sentence (in any English rendering), adds no number the Hindi lacks, and names
 * every gazetteer-known name in its English form (a person by the surname alone is enough).
 * `hindiNumberWords` are the Hindi cardinal words (config/numbers.yaml `words`).
 */
export function createFactGuard(data: TranslationData, hindiNumberWords: Record<string, number>): FactGuard {
  const readNumbers = createEnglishNumberReader(data);
  const dateCarried = createDateCheck(data);
  const cardinals = new Map(Object.entries(hindiNumberWords).map(([w, v]) => [foldKey(w), v]));
  const ordinals = new Map(Object.entries(data.hindiOrdinals).flatMap(([v, ws]) => ws.map((w) => [foldKey(w), Number(v)] as const)));

  /** Every number the Hindi states in any form: extracted facts, digit runs, number words, ordinals. */
  const hindiValues = (hindi: string, facts: SentenceFacts): Allowed => {
    const numbers: number[] = [];
    const ords: number[] = [];
    const vague: number[] = [];
    for (const n of facts.numbers) {
      if (n.qualifier === 'vague') vague.push(n.value);
      else numbers.push(n.value, ...(n.end !== undefined ? [n.end] : []));
    }
    for (const d of facts.dates) {
      for (const value of [d.value, d.end]) {
        const [y, , day] = (value ?? '').split('-');
        if (y) numbers.push(Number(y));
        if (day) numbers.push(Number(day));
      }
    }
    const ascii = asciiDigits(hindi);
    for (const m of ascii.matchAll(DIGITS)) numbers.push(Number(m[0].replace(/,+$/, '').replace(/,/g, '')));
    for (const m of hindi.matchAll(HINDI_WORD)) {
      const key = foldKey(m[0]);
      const cardinal = cardinals.get(key);
      if (cardinal !== undefined) numbers.push(cardinal);
      const ordinal = ordinals.get(key);
      if (ordinal !== undefined) ords.push(ordinal);
    }
    return { numbers, ordinals: ords, vague };
  };

  /** An English number the Hindi states; an ordinal word (third) needs a Hindi ordinal (तीसरी) or number. */
  const explained = (n: EnglishNumber, allowed: Allowed): boolean =>
    (n.kind === 'ordinal' && allowed.ordinals.includes(n.value)) ||
    (n.kind === 'vague' && allowed.vague.includes(n.value)) ||
    allowed.numbers.some((v) => sameValue(v, n.value));

  /** A vague Hindi plural (हज़ारों) must stay vague (thousands): "about 1,000" would state a figure. */
  const numberCarried = (fact: NumberFact, english: EnglishNumber[]): boolean => {
    const kind = fact.qualifier === 'vague' ? 'vague' : 'number';
    const has = (value: number) => english.some((n) => n.kind === kind && sameValue(n.value, value));
    return has(fact.value) && (fact.end === undefined || has(fact.end));
  };

  return ({ hindi, english, facts, published }) => {
    const text = plainLatin(english.replace(/\s+/g, ' ').trim());
    if (text.length === 0) return { ok: false, reason: 'empty' };
    if (/[\u0900-\u097F]/.test(english)) return { ok: false, reason: 'untranslated' };
    if (english.length > hindi.length * 3 + 40) return { ok: false, reason: 'too-long' };
    const numbers = readNumbers(text);
    const seen: EnglishText = { text, numbers };
    if (!facts.numbers.every((n) => numberCarried(n, numbers))) return { ok: false, reason: 'missing-number' };
    if (!facts.dates.every((d) => dateCarried(d, seen, published))) return { ok: false, reason: 'missing-date' };
    const allowed = hindiValues(hindi, facts);
    if (!numbers.every((n) => explained(n, allowed))) return { ok: false, reason: 'added-number' };
    if (!namesCarried(facts.mentions, text)) return { ok: false, reason: 'missing-name' };
    return { ok: true };
  };
}

/**
 * Each gazetteer-known name in its English form: the full name, the name without an `of …` tail
 * (Supreme Court of India → Supreme Court), a person's surname, a place adjective's stem (India →
 * Indian). Guessed (romanised) names are not required: their spelling is not a fact.
 */
function namesCarried(mentions: readonly EntityMention[], text: string): boolean {
  const known = new Map<string, EntityMention>();
  for (const m of mentions) if (!m.guessed && m.en.trim()) known.set(m.en, m);
  for (const m of known.values()) {
    const en = plainLatin(m.en.replace(/\s*\(.*?\)\s*/g, ' ').trim());
    const forms = new Set([en, en.replace(/\s+of\s+.+$/, '')]);
    const words = en.split(/\s+/);
    if (m.kind === 'person' && words.length > 1) forms.add(words[words.length - 1] as string);
    const found = [...forms].some((f) => f.length > 0 && containsWords(text, f, true));
    const stem = m.adjective && en.length >= 5 ? en.slice(0, Math.max(4, en.length - 2)) : null;
    if (!found && !(stem && containsWords(text, stem, false))) return false;
  }
  return true;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);

/** `phrase` in `text` starting at a word start (and ending at a word end when `whole`); no regex per name. */
function containsWords(text: string, phrase: string, whole: boolean): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!isWordChar(text[at - 1]) && (!whole || !isWordChar(text[at + phrase.length]))) return true;
  }
  return false;
}
